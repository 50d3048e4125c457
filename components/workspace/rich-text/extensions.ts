import { Extension, Mark, mergeAttributes, Node, type Editor } from '@tiptap/core';
import { Table, TableView } from '@tiptap/extension-table';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * The editor's own nodes and marks, beyond Tiptap's starter kit: what the portal's stored HTML
 * uses (lib/html/sanitize.ts) and an editor must not lose when it opens and saves a text. Pure
 * schema, no React.
 */

/**
 * An image with its caption, stored as <figure><img><figcaption>: one block the editor moves and
 * deletes as a whole; the caption is edited with the toolbar's "Sửa chú thích ảnh".
 */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      src: { default: null, renderHTML: () => ({}) },
      alt: { default: '', renderHTML: () => ({}) },
      caption: { default: '', renderHTML: () => ({}) },
    };
  },
  parseHTML() {
    return [
      {
        tag: 'figure',
        getAttrs: (el) => {
          const img = el.querySelector('img');
          if (!img?.getAttribute('src')) return false;
          return { src: img.getAttribute('src'), alt: img.getAttribute('alt') ?? '', caption: el.querySelector('figcaption')?.textContent?.trim() ?? '' };
        },
      },
      { tag: 'img[src]', getAttrs: (el) => ({ src: el.getAttribute('src'), alt: el.getAttribute('alt') ?? '', caption: '' }) },
    ];
  },
  renderHTML({ node, HTMLAttributes }) {
    const img = ['img', { src: node.attrs.src, alt: node.attrs.alt }] as const;
    return node.attrs.caption ? ['figure', mergeAttributes(HTMLAttributes), img, ['figcaption', {}, node.attrs.caption]] : ['figure', mergeAttributes(HTMLAttributes), img];
  },
});

/** The table as the editor shows it (Tiptap's view), with the caption above its rows. */
class CaptionedTableView extends TableView {
  constructor(node: ProseMirrorNode, cellMinWidth: number, view: EditorView, HTMLAttributes?: Record<string, unknown>) {
    super(node, cellMinWidth, view, HTMLAttributes);
    const caption = node.attrs.caption as string | null;
    if (caption) {
      const element = document.createElement('caption');
      element.textContent = caption;
      this.table.insertBefore(element, this.table.firstChild);
    }
  }
}

/**
 * A table keeps its <caption> (the name a screen reader announces: the staff tables of "Cơ cấu
 * tổ chức" have one), as an attribute edited with "Chú thích bảng". Saved without Tiptap's
 * column widths and inline styles, which the server would strip anyway.
 */
export const CaptionedTable = Table.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      caption: {
        default: null,
        parseHTML: (el: HTMLElement) => el.querySelector(':scope > caption')?.textContent?.replace(/\s+/g, ' ').trim() || null,
        renderHTML: () => ({}),
      },
    };
  },
  parseHTML() {
    // The caption's text is the table's attribute, not a row: skip the element when parsing rows.
    return [{ tag: 'table' }, { tag: 'caption', ignore: true }];
  },
  renderHTML({ node }) {
    const caption = node.attrs.caption as string | null;
    return caption ? ['table', {}, ['caption', {}, caption], ['tbody', 0]] : ['table', {}, ['tbody', 0]];
  },
}).configure({ resizable: false, View: CaptionedTableView });

const SCOPES = new Set(['col', 'row', 'colgroup', 'rowgroup']);

/**
 * Attributes of stored HTML that carry meaning for readers and that Tiptap's nodes would drop:
 * a header cell's scope (whose row or column it names) and a link's hreflang (a link from an
 * English page to a Vietnamese one). The server's allow-list decides per profile which survive.
 */
export const KeptAttributes = Extension.create({
  name: 'keptAttributes',
  addGlobalAttributes() {
    return [
      {
        types: ['tableHeader'],
        attributes: {
          scope: {
            default: null,
            parseHTML: (el: HTMLElement) => {
              const scope = el.getAttribute('scope');
              return scope && SCOPES.has(scope) ? scope : null;
            },
            renderHTML: (attrs: Record<string, unknown>) => (attrs.scope ? { scope: attrs.scope } : {}),
          },
        },
      },
      {
        types: ['link'],
        attributes: {
          hreflang: {
            default: null,
            parseHTML: (el: HTMLElement) => el.getAttribute('hreflang')?.slice(0, 20) || null,
            renderHTML: (attrs: Record<string, unknown>) => (attrs.hreflang ? { hreflang: attrs.hreflang } : {}),
          },
        },
      },
    ];
  },
});

/** Superscript and subscript: "m<sup>2</sup>", "CO<sub>2</sub>" in the text of a legal document. */
export const Superscript = Mark.create({
  name: 'superscript',
  excludes: 'subscript',
  parseHTML: () => [{ tag: 'sup' }],
  renderHTML: () => ['sup', 0],
  addKeyboardShortcuts() {
    return { 'Mod-.': () => this.editor.commands.toggleMark(this.name) };
  },
});

export const Subscript = Mark.create({
  name: 'subscript',
  excludes: 'superscript',
  parseHTML: () => [{ tag: 'sub' }],
  renderHTML: () => ['sub', 0],
  addKeyboardShortcuts() {
    return { 'Mod-,': () => this.editor.commands.toggleMark(this.name) };
  },
});

/**
 * Enter on an empty last term or description leaves the list for a new paragraph below it (as in
 * a bulleted list); anywhere else in a term it starts the term's description.
 */
function descriptionEnter(editor: Editor): boolean {
  const { state } = editor;
  const { $from, empty } = state.selection;
  if (!empty) return false;
  const item = $from.parent;
  if (item.type.name !== 'descriptionTerm' && item.type.name !== 'descriptionDetails') return false;
  const list = $from.node(-1);
  if (item.content.size === 0 && $from.index(-1) === list.childCount - 1) {
    const paragraph = state.schema.nodes.paragraph.create();
    const tr = state.tr;
    if (list.childCount === 1) {
      tr.replaceWith($from.before(-1), $from.after(-1), paragraph);
      tr.setSelection(TextSelection.create(tr.doc, $from.before(-1) + 1));
    } else {
      const listEnd = $from.after(-1);
      tr.delete($from.before(), $from.after());
      const at = tr.mapping.map(listEnd);
      tr.insert(at, paragraph);
      tr.setSelection(TextSelection.create(tr.doc, at + 1));
    }
    editor.view.dispatch(tr.scrollIntoView());
    return true;
  }
  if (item.type.name === 'descriptionTerm') return editor.chain().splitBlock().setNode('descriptionDetails').run();
  return false;
}

/**
 * A description list (<dl>: term, then its description), as the "Cơ cấu tổ chức" page lists each
 * department's tasks. Kept so that a page opened in the editor and saved does not lose it.
 */
export const DescriptionList = Node.create({
  name: 'descriptionList',
  group: 'block',
  content: '(descriptionTerm | descriptionDetails)+',
  parseHTML: () => [{ tag: 'dl' }],
  renderHTML: () => ['dl', 0],
});

/**
 * Enter inside a description list, ahead of the starter kit's, which would split the list apart.
 * An extension of its own: a high priority on the node would put it first in the schema and make
 * it the document's default block instead of the paragraph.
 */
export const DescriptionListKeys = Extension.create({
  name: 'descriptionListKeys',
  priority: 1000,
  addKeyboardShortcuts() {
    return { Enter: () => descriptionEnter(this.editor) };
  },
});

export const DescriptionTerm = Node.create({
  name: 'descriptionTerm',
  content: 'inline*',
  defining: true,
  parseHTML: () => [{ tag: 'dt' }],
  renderHTML: () => ['dt', 0],
});

export const DescriptionDetails = Node.create({
  name: 'descriptionDetails',
  content: 'inline*',
  defining: true,
  parseHTML: () => [{ tag: 'dd' }],
  renderHTML: () => ['dd', 0],
});

/** Ctrl+K asks for a link's address (Tiptap has no default link dialog). */
export const LinkShortcut = Extension.create({
  name: 'linkShortcut',
  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        promptLink(this.editor);
        return true;
      },
    };
  },
});

export function promptLink(editor: Editor) {
  const current = (editor.getAttributes('link').href as string | undefined) ?? 'https://';
  const href = window.prompt('Địa chỉ liên kết (https://… hoặc /duong-dan); để trống để bỏ liên kết:', current);
  if (href === null) return;
  if (!href.trim()) editor.chain().focus().extendMarkRange('link').unsetLink().run();
  else editor.chain().focus().extendMarkRange('link').setLink({ href: href.trim() }).run();
}

export function editFigureCaption(editor: Editor) {
  const caption = window.prompt('Chú thích ảnh:', (editor.getAttributes('figure').caption as string | undefined) ?? '');
  if (caption !== null) editor.chain().focus().updateAttributes('figure', { caption: caption.trim() }).run();
}

export function editTableCaption(editor: Editor) {
  const caption = window.prompt('Chú thích bảng (tên bảng, đọc cho người khiếm thị); để trống để bỏ:', (editor.getAttributes('table').caption as string | undefined) ?? '');
  if (caption !== null) editor.chain().focus().updateAttributes('table', { caption: caption.replace(/\s+/g, ' ').trim() || null }).run();
}
