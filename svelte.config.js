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
		serviceWorker: { register: true }
	}
};

export default config;
