'use client';

import { Extension, mergeAttributes, Node, type Editor } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useId, useState } from 'react';

import { cn } from '@/components/ui/cn';
import { cleanPastedHtml } from '@/lib/articles/paste';

import { ImagePicker, type PickedImage } from './image-picker';

/**
 * An image with its caption, stored as <figure><img><figcaption>: one block the editor moves and
 * deletes as a whole; the caption is edited with the toolbar's "Sửa chú thích ảnh".
 */
const Figure = Node.create({
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

const LinkShortcut = Extension.create({
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

type Tool = {
  label: string;
  keys?: string;
  /** aria-keyshortcuts form of keys. */
  aria?: string;
  run: (e: Editor) => void;
  active?: (e: Editor) => boolean;
  enabled?: (e: Editor) => boolean;
};

function promptLink(editor: Editor) {
  const current = (editor.getAttributes('link').href as string | undefined) ?? 'https://';
  const href = window.prompt('Địa chỉ liên kết (https://… hoặc /duong-dan); để trống để bỏ liên kết:', current);
  if (href === null) return;
  if (!href.trim()) editor.chain().focus().extendMarkRange('link').unsetLink().run();
  else editor.chain().focus().extendMarkRange('link').setLink({ href: href.trim() }).run();
}

function editCaption(editor: Editor) {
  const caption = window.prompt('Chú thích ảnh:', (editor.getAttributes('figure').caption as string | undefined) ?? '');
  if (caption !== null) editor.chain().focus().updateAttributes('figure', { caption: caption.trim() }).run();
}

const GROUPS: Tool[][] = [
  [
    { label: 'Đậm', keys: 'Ctrl+B', aria: 'Control+B', run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive('bold') },
    { label: 'Nghiêng', keys: 'Ctrl+I', aria: 'Control+I', run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive('italic') },
    { label: 'Liên kết', keys: 'Ctrl+K', aria: 'Control+K', run: promptLink, active: (e) => e.isActive('link') },
  ],
  [
    { label: 'Tiêu đề mục', keys: 'Ctrl+Alt+2', aria: 'Control+Alt+2', run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(), active: (e) => e.isActive('heading', { level: 2 }) },
    { label: 'Tiêu đề nhỏ', keys: 'Ctrl+Alt+3', aria: 'Control+Alt+3', run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(), active: (e) => e.isActive('heading', { level: 3 }) },
    { label: 'Danh sách chấm', keys: 'Ctrl+Shift+8', aria: 'Control+Shift+8', run: (e) => e.chain().focus().toggleBulletList().run(), active: (e) => e.isActive('bulletList') },
    { label: 'Danh sách số', keys: 'Ctrl+Shift+7', aria: 'Control+Shift+7', run: (e) => e.chain().focus().toggleOrderedList().run(), active: (e) => e.isActive('orderedList') },
    { label: 'Trích dẫn', keys: 'Ctrl+Shift+B', aria: 'Control+Shift+B', run: (e) => e.chain().focus().toggleBlockquote().run(), active: (e) => e.isActive('blockquote') },
  ],
  [
    { label: 'Chèn bảng', run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(), enabled: (e) => !e.isActive('table') },
    { label: 'Thêm hàng', run: (e) => e.chain().focus().addRowAfter().run(), enabled: (e) => e.isActive('table') },
    { label: 'Thêm cột', run: (e) => e.chain().focus().addColumnAfter().run(), enabled: (e) => e.isActive('table') },
    { label: 'Xóa hàng', run: (e) => e.chain().focus().deleteRow().run(), enabled: (e) => e.isActive('table') },
    { label: 'Xóa cột', run: (e) => e.chain().focus().deleteColumn().run(), enabled: (e) => e.isActive('table') },
    { label: 'Xóa bảng', run: (e) => e.chain().focus().deleteTable().run(), enabled: (e) => e.isActive('table') },
  ],
  [
    { label: 'Sửa chú thích ảnh', run: editCaption, enabled: (e) => e.isActive('figure') },
    { label: 'Hoàn tác', keys: 'Ctrl+Z', aria: 'Control+Z', run: (e) => e.chain().focus().undo().run(), enabled: (e) => e.can().undo() },
    { label: 'Làm lại', keys: 'Ctrl+Shift+Z', aria: 'Control+Shift+Z', run: (e) => e.chain().focus().redo().run(), enabled: (e) => e.can().redo() },
  ],
];

/**
 * The article body editor (Tiptap): headings, lists, links, bold and italic, quotes, tables and
 * images with captions, each on a toolbar button with a Vietnamese name and its keyboard shortcut.
 * Pasted Word and web content is reduced to structure first (lib/articles/paste.ts). The HTML is
 * submitted in a hidden field `name`; the server cleans it again before storing it.
 */
export function RichTextEditor({
  name,
  label,
  defaultValue,
  error,
  images,
}: {
  name: string;
  label: string;
  defaultValue: string;
  error?: string;
  images: PickedImage[];
}) {
  const id = useId();
  const [html, setHtml] = useState(defaultValue);
  const [picking, setPicking] = useState(false);
  const editor = useEditor({
    // Rendered on the server too: the editor mounts after hydration.
    immediatelyRender: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        underline: false,
        link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto', 'tel'], HTMLAttributes: { rel: 'noopener noreferrer', target: null } },
      }),
      TableKit.configure({ table: { resizable: false } }),
      Figure,
      LinkShortcut,
    ],
    content: defaultValue,
    editorProps: {
      attributes: {
        id: `${id}-area`,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': `${id}-label`,
        ...(error ? { 'aria-invalid': 'true', 'aria-describedby': `${id}-error` } : {}),
        class: 'prose-body min-h-72 px-4 py-3 focus:outline-none',
      },
      transformPastedHTML: cleanPastedHtml,
    },
    onUpdate: ({ editor: e }) => setHtml(e.getHTML()),
  });

  const state = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      e
        ? GROUPS.map((group) => group.map((tool) => ({ active: tool.active?.(e) ?? false, enabled: tool.enabled?.(e) ?? true })))
        : null,
  });

  return (
    <div>
      <p id={`${id}-label`} className="block font-medium text-slate-800">
        {label}
      </p>
      <div className={cn('mt-1 rounded-md border bg-white', error ? 'border-red-700' : 'border-slate-400')}>
        <div role="toolbar" aria-label="Định dạng nội dung" aria-controls={`${id}-area`} className="flex flex-wrap gap-1 border-b border-slate-300 bg-slate-50 p-2">
          {GROUPS.map((group, g) => (
            <div key={g} className="flex flex-wrap gap-1 border-r border-slate-300 pr-2 last:border-r-0">
              {group.map((tool, t) => {
                const s = state?.[g]?.[t];
                return (
                  <button
                    key={tool.label}
                    type="button"
                    title={tool.keys ? `${tool.label} (${tool.keys})` : tool.label}
                    aria-keyshortcuts={tool.aria}
                    aria-pressed={tool.active ? Boolean(s?.active) : undefined}
                    disabled={!editor || s?.enabled === false}
                    onClick={() => editor && tool.run(editor)}
                    className="rounded border border-slate-300 bg-white px-2.5 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-50 aria-pressed:border-brand-700 aria-pressed:bg-brand-50 aria-pressed:text-brand-900"
                  >
                    {tool.label}
                  </button>
                );
              })}
              {g === 2 ? (
                <button
                  type="button"
                  disabled={!editor}
                  onClick={() => setPicking(true)}
                  className="rounded border border-slate-300 bg-white px-2.5 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-50"
                >
                  Chèn ảnh
                </button>
              ) : null}
            </div>
          ))}
        </div>
        <EditorContent editor={editor} />
      </div>
      <p className="mt-1 text-sm text-slate-600">Dán được từ Word hoặc trang web: định dạng thừa được bỏ, giữ lại tiêu đề, danh sách, bảng và liên kết.</p>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-red-800">
          {error}
        </p>
      ) : null}
      <input type="hidden" name={name} value={html} />
      {picking ? (
        <ImagePicker
        images={images}
        withCaption
        title="Chèn ảnh vào bài"
        onClose={() => setPicking(false)}
        onPick={(image, caption) => {
          setPicking(false);
          editor?.chain().focus().insertContent({ type: 'figure', attrs: { src: image.src, alt: image.alt, caption } }).run();
        }}
      />
      ) : null}
    </div>
  );
}
