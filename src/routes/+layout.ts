// The app is static files plus IndexedDB: every page is a prerendered shell rendered in the browser.
export const prerender = true;
export const ssr = false;
export const trailingSlash = 'always';
