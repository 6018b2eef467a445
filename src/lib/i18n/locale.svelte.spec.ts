import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages.js';
import { getLocale, localStorageKey, setLocale } from '$lib/paraglide/runtime.js';
import { uiLocale } from './locale.svelte';

describe('uiLocale', () => {
	it('switches messages, remembers the choice and sets <html lang>', () => {
		uiLocale.set('zh-CN');
		expect(uiLocale.current).toBe('zh-CN');
		expect(getLocale()).toBe('zh-CN');
		expect(m.home_title()).toBe('开始一次拜访');
		expect(localStorage.getItem(localStorageKey)).toBe('zh-CN');
		expect(document.documentElement.lang).toBe('zh-CN');

		uiLocale.set('en');
		expect(m.home_title()).toBe('Start a call');
		expect(localStorage.getItem(localStorageKey)).toBe('en');
		expect(document.documentElement.lang).toBe('en');
	});

	it('follows Paraglide’s own setLocale without reloading the page', () => {
		const before = performance.getEntriesByType('navigation').length;
		setLocale('zh-CN');
		expect(uiLocale.current).toBe('zh-CN');
		expect(m.home_title()).toBe('开始一次拜访');
		setLocale('en');
		expect(uiLocale.current).toBe('en');
		expect(performance.getEntriesByType('navigation').length).toBe(before);
	});
});
