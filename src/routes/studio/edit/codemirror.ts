// The CodeMirror 6 editor of the studio, loaded with a dynamic import by the editor route only.
// It lives in a shadow root: CodeMirror's style module then uses constructed stylesheets instead
// of <style> elements, which a strict Content Security Policy (no inline styles) would block.
import { autocompletion, type CompletionContext } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import {
	bracketMatching,
	foldGutter,
	forceParsing,
	foldKeymap,
	syntaxHighlighting,
	defaultHighlightStyle
} from '@codemirror/language';
import {
	forEachDiagnostic,
	linter,
	lintGutter,
	lintKeymap,
	setDiagnostics,
	type Diagnostic as CmDiagnostic
} from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { Compartment, EditorState, type Extension, type Text } from '@codemirror/state';
import {
	EditorView,
	drawSelection,
	highlightActiveLine,
	keymap,
	lineNumbers,
	ViewPlugin,
	type KeyBinding
} from '@codemirror/view';
import type { Diagnostic, ParseResult, Playbook } from '$lib/playbook/types';
import { completionsAt } from './completion';
import type { Check } from './parse-client';
import { offsetAt } from './positions';
import { sameDiagnostics, type Shown } from './same-diagnostics';

export interface EditorOptions {
	doc: string;
	cursor: number;
	label: string;
	readOnly: boolean;
	/**
	 * Parses the text (in a worker when large): the diagnostics first, then the whole result.
	 * Called on every change of text; it must not parse before returning (see parse-client).
	 */
	check: (text: string) => Check;
	/** Each fresh parse, for the preview, the call map and the problem list. */
	onparsed: (result: ParseResult, text: string) => void;
	/** Every change of text or cursor. */
	onchange: (text: string, cursor: number) => void;
	/** A diagnostic in the UI language. */
	describe: (d: Diagnostic) => string;
	/** "Replace with …" in the UI language. */
	fixLabel: (replacement: string) => string;
	/** Extra keys (save, try it). */
	keys: KeyBinding[];
}

export interface EditorHandle {
	view: EditorView;
	text(): string;
	cursor(): number;
	/** Moves the cursor to a checker position and scrolls it into view. */
	goto(line: number, column: number): void;
	setReadOnly(readOnly: boolean): void;
	replaceAll(text: string, cursor?: number): void;
	destroy(): void;
}

const THEME = EditorView.theme({
	'&': { height: '100%', fontSize: '0.95rem', backgroundColor: '#fff' },
	'.cm-scroller': {
		fontFamily:
			'ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace',
		lineHeight: '1.5'
	},
	'.cm-content': { padding: '0.5rem 0' },
	'&.cm-focused': { outline: '3px solid #c25e00', outlineOffset: '-3px' },
	'.cm-tooltip-lint, .cm-tooltip-autocomplete': { fontFamily: 'system-ui, sans-serif' },
	'.cm-diagnosticAction': { minHeight: '32px' },
	'.cm-lintRange-error': { textDecoration: 'underline wavy #a4161a' },
	'.cm-lintRange-warning': { textDecoration: 'underline wavy #7a4d00' }
});

/**
 * Typing over a selection goes through the editor's state, not the browser's own editing: when
 * Chromium replaces a selection that spans lines, it merges the lines' elements and sets an
 * inline `style` attribute on the merged line to keep its look, which the app's
 * Content-Security-Policy (no `style-src-attr` but one hash) blocks and reports. CodeMirror
 * redraws the lines from its state either way, so doing the replacement here changes nothing
 * the user sees. Composition (IME) input is left to the browser: it cannot be cancelled.
 */
const TYPE_OVER_SELECTION = EditorView.domEventHandlers({
	beforeinput(event, view) {
		if (event.inputType !== 'insertText' || event.isComposing || !event.data) return false;
		if (view.state.readOnly || view.state.selection.ranges.every((range) => range.empty)) {
			return false;
		}
		event.preventDefault();
		view.dispatch(view.state.replaceSelection(event.data), {
			userEvent: 'input.type',
			scrollIntoView: true
		});
		return true;
	}
});

/** A diagnostic's words in the editor: its message and its fix, which depend on no position. */
interface Words {
	message: string;
	fix?: { name: string; replacement: string };
}

/**
 * Converts checker diagnostics to the editor's. The words are kept from one check to the next:
 * while typing, nearly every diagnostic is the same as before, and wording 100 of them on every
 * keystroke took milliseconds between the keystroke and its underline.
 */
function converter(options: EditorOptions) {
	let words = new Map<string, Words>();
	let next = new Map<string, Words>();
	const wordsOf = (d: Diagnostic): Words => {
		const key = d.params ? `${d.code} ${JSON.stringify(d.params)}` : d.code;
		const replacement = d.fix?.replacement;
		const fullKey = replacement === undefined ? key : `${key} ${replacement}`;
		let found = next.get(fullKey) ?? words.get(fullKey);
		if (!found) {
			found = { message: options.describe(d) };
			if (replacement !== undefined)
				found.fix = { name: options.fixLabel(replacement), replacement };
		}
		next.set(fullKey, found);
		return found;
	};
	return (doc: Text, diagnostics: Diagnostic[]): CmDiagnostic[] => {
		const out = diagnostics.map((d) => toCm(doc, d, wordsOf(d)));
		// Only the words of the latest check are kept, so the cache never outgrows one check.
		words = next;
		next = new Map();
		return out;
	};
}

function toCm(doc: Text, d: Diagnostic, words: Words): CmDiagnostic {
	const from = offsetAt(doc, d.line, d.column);
	let to = d.endLine !== undefined ? offsetAt(doc, d.endLine, d.endColumn ?? d.column) : from;
	if (to <= from) to = Math.min(doc.lineAt(from).to, from + 1);
	const out: CmDiagnostic = {
		from,
		to: Math.max(to, from),
		severity: d.severity,
		message: words.message,
		source: d.code
	};
	const fix = words.fix;
	if (fix && to > from) {
		const { replacement } = fix;
		out.actions = [
			{
				name: fix.name,
				apply: (view, start, end) =>
					view.dispatch({ changes: { from: start, to: end, insert: replacement } })
			}
		];
	}
	return out;
}

/**
 * The longest the editor spends, when it opens, finishing the syntax tree of the whole text.
 * CodeMirror otherwise parses a large text in idle slices (up to ~45 ms each) after it opens,
 * and spends up to 20 ms of every keystroke on that parse until it is done: the first
 * keystrokes typed into a large playbook waited for it. A 150 KB playbook takes about 100 ms.
 */
const OPEN_PARSE_MS = 300;

/** Headings above `pos`, nearest first, as `[depth, text]` (no `{#id}` mark). */
function* headingsAbove(state: EditorState, pos: number): Generator<[number, string]> {
	for (let n = state.doc.lineAt(pos).number - 1; n >= 1; n--) {
		const text = state.doc.line(n).text;
		const match = /^(#{1,6})\s+(.*?)\s*(?:\{#[^}]*\})?\s*$/.exec(text);
		if (match) yield [match[1].length, match[2]];
	}
}

/** The diagnostics the editor shows, where it shows them now. */
function shownIn(state: EditorState): Shown[] {
	const out: Shown[] = [];
	forEachDiagnostic(state, (d, from, to) => out.push({ ...d, from, to }));
	return out;
}

/** Mounts the editor into `host` (inside a shadow root of its own). */
export function createEditor(host: HTMLElement, options: EditorOptions): EditorHandle {
	const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
	const parent = document.createElement('div');
	parent.className = 'cm-host';
	root.replaceChildren(parent);
	let latest: Playbook | null = null;
	const convert = converter(options);
	const readOnly = new Compartment();
	const completeIds = (context: CompletionContext) => {
		const line = context.state.doc.lineAt(context.pos);
		const found = completionsAt(latest, {
			before: line.text.slice(0, context.pos - line.from),
			headings: () => headingsAbove(context.state, context.pos)
		});
		if (!found) return null;
		return {
			from: line.from + found.from,
			options: found.ids.map((id) => ({ label: id, type: 'variable' })),
			validFor: /^[\p{L}\p{N}_-]*$/u
		};
	};
	// The text of the current document, made once per change (the check and the page both need it).
	let textDoc: Text | null = null;
	let textCache = '';
	const textOf = (doc: Text) => {
		if (doc !== textDoc) {
			textDoc = doc;
			textCache = doc.toString();
		}
		return textCache;
	};
	/**
	 * Checks every text as soon as it changes, rather than after a lint delay: a large text goes
	 * to the worker at once, so its parse runs while this thread draws the keystroke, and the
	 * diagnostics are drawn the moment they arrive. A check the text has outrun is dropped.
	 */
	const runCheck = (view: EditorView) => {
		const doc = view.state.doc;
		const text = textOf(doc);
		const check = options.check(text);
		void check.result.then((result) => {
			if (!result || view.state.doc !== doc) return;
			latest = result.playbook;
			// The preview, call map and problem list re-render from the result: a large one
			// takes longer than drawing the underlines, so it waits for the next task.
			setTimeout(() => options.onparsed(result, text));
		});
		void check.diagnostics.then((diagnostics) => {
			if (!diagnostics || view.state.doc !== doc) return;
			const next = convert(doc, diagnostics);
			// Unchanged (the usual keystroke): CodeMirror has already moved them with the text.
			if (sameDiagnostics(shownIn(view.state), next)) return;
			view.dispatch(setDiagnostics(view.state, next));
		});
	};
	const liveCheck = ViewPlugin.define((view) => {
		runCheck(view);
		return {
			update(update) {
				if (update.docChanged) runCheck(update.view);
			}
		};
	});
	const extensions: Extension[] = [
		lineNumbers(),
		foldGutter(),
		lintGutter(),
		history(),
		drawSelection(),
		highlightActiveLine(),
		bracketMatching(),
		highlightSelectionMatches(),
		markdown(),
		syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
		EditorView.lineWrapping,
		autocompletion({ override: [completeIds] }),
		// The lint extension without a linter source: the diagnostics come from `liveCheck`.
		linter(null),
		liveCheck,
		keymap.of([
			...options.keys,
			...defaultKeymap,
			...historyKeymap,
			...foldKeymap,
			...searchKeymap,
			...lintKeymap,
			indentWithTab
		]),
		EditorView.contentAttributes.of({ 'aria-label': options.label }),
		EditorView.updateListener.of((update) => {
			if (update.docChanged || update.selectionSet)
				options.onchange(textOf(update.state.doc), update.state.selection.main.head);
		}),
		readOnly.of(EditorState.readOnly.of(options.readOnly)),
		TYPE_OVER_SELECTION,
		THEME
	];
	const state = EditorState.create({
		doc: options.doc,
		selection: { anchor: Math.min(options.cursor, options.doc.length) },
		extensions
	});
	const view = new EditorView({ state, parent, root });
	view.dispatch({
		effects: EditorView.scrollIntoView(view.state.selection.main.head, { y: 'center' })
	});
	forceParsing(view, view.state.doc.length, OPEN_PARSE_MS);
	return {
		view,
		text: () => view.state.doc.toString(),
		cursor: () => view.state.selection.main.head,
		goto(line, column) {
			const at = offsetAt(view.state.doc, line, column);
			view.dispatch({
				selection: { anchor: at },
				effects: EditorView.scrollIntoView(at, { y: 'center' })
			});
			view.focus();
		},
		setReadOnly(value) {
			view.dispatch({ effects: readOnly.reconfigure(EditorState.readOnly.of(value)) });
		},
		replaceAll(text, cursor = 0) {
			view.dispatch({
				changes: { from: 0, to: view.state.doc.length, insert: text },
				selection: { anchor: Math.min(cursor, text.length) }
			});
		},
		destroy: () => view.destroy()
	};
}
