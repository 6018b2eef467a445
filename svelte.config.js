import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		// Force runes mode for the project, except for libraries. Can be removed in svelte 6.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// Every page is prerendered as a shell; `fallback` serves any other path as the SPA.
		adapter: adapter({ fallback: '404.html' }),
		serviceWorker: { register: true },
		// Prerendered pages carry the policy in a <meta http-equiv> tag. `hash` (not `nonce`): a
		// static file cannot get a fresh nonce per request, so SvelteKit hashes its own inline boot
		// and service-worker scripts and nothing else inline may run. No 'unsafe-eval' anywhere.
		// (`frame-ancestors` cannot be set from a meta tag; a host that sends headers should add it.)
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// style-src 'self' without 'unsafe-inline': component CSS ships as files, and styles
				// set from script (Svelte's `style:` directive, element.style) go through the CSSOM,
				// which a policy does not block. Inline `style="..."` attributes in markup and <style>
				// elements are blocked. The studio's CodeMirror 6 editor lives in a shadow root, where
				// style-mod injects its theme as constructable stylesheets (adoptedStyleSheets, also
				// CSSOM), so it needs no exception; typing over a selection goes through the editor's
				// state (src/routes/studio/edit/codemirror.ts), since Chromium's own editing would set
				// a style attribute on the merged line. Never add 'unsafe-inline' here.
				'style-src': ['self'],
				// One inline style attribute is allowed, by its hash: SvelteKit's route announcer
				// (`<div id="svelte-announcer" style="position: absolute; …">`, written by
				// @sveltejs/kit's write_root.js). A SvelteKit upgrade that changes that text shows up
				// as a violation in tests/responsive.e2e.ts; recompute the hash then.
				'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				// Everything stays in the browser: the app talks to nothing but its own origin.
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
