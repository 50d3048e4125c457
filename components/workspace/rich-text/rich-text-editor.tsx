'use client';

import type { AnyExtension, Editor } from '@tiptap/core';
import { TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useId, useState } from 'react';

import { cn } from '@/components/ui/cn';
import { cleanPastedHtml, fitHeadings } from '@/lib/html/paste';
import type { HtmlProfile } from '@/lib/html/sanitize';

import {
  CaptionedTable,
  DescriptionDetails,
  DescriptionList,
  DescriptionListKeys,
  DescriptionTerm,
  editFigureCaption,
  editTableCaption,
  Figure,
  KeptAttributes,
  LinkShortcut,
  promptLink,
  Subscript,
  Superscript,
} from './extensions';
import { ImagePicker, type PickedImage, type UploadImageAction } from './image-picker';

type HeadingLevel = 2 | 3 | 4;

/**
 * What the editor offers for each kind of text, matching the server's allow-list of that profile
 * (lib/html/sanitize.ts), so that nothing an editor sees is dropped on save. A legal document's
 * headings sit under the page's "Toàn văn" heading, so they start at h3.
 */
const PROFILES: Record<HtmlProfile, { headings: HeadingLevel[]; extraMarks: boolean; figures: boolean; descriptionLists: boolean }> = {
  article: { headings: [2, 3, 4], extraMarks: false, figures: true, descriptionLists: false },
  document: { headings: [3, 4], extraMarks: true, figures: false, descriptionLists: false },
  page: { headings: [2, 3, 4], extraMarks: true, figures: true, descriptionLists: true },
};

type Tool = {
  label: string;
  keys?: string;
  /** aria-keyshortcuts form of keys. */
  aria?: string;
  run: (e: Editor) => void;
  active?: (e: Editor) => boolean;
  enabled?: (e: Editor) => boolean;
};

function toolGroups(profile: HtmlProfile, withImages: boolean): Tool[][] {
  const { headings, extraMarks, figures } = PROFILES[profile];
  const [section, sub] = headings;
  const heading = (label: string, level: HeadingLevel): Tool => ({
    label,
    keys: `Ctrl+Alt+${level}`,
    aria: `Control+Alt+${level}`,
    run: (e) => e.chain().focus().toggleHeading({ level }).run(),
    active: (e) => e.isActive('heading', { level }),
  });
  return [
    [
      { label: 'Đậm', keys: 'Ctrl+B', aria: 'Control+B', run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive('bold') },
      { label: 'Nghiêng', keys: 'Ctrl+I', aria: 'Control+I', run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive('italic') },
      ...(extraMarks
        ? [
            { label: 'Gạch chân', keys: 'Ctrl+U', aria: 'Control+U', run: (e: Editor) => e.chain().focus().toggleUnderline().run(), active: (e: Editor) => e.isActive('underline') },
            { label: 'Chỉ số trên', keys: 'Ctrl+.', aria: 'Control+.', run: (e: Editor) => e.chain().focus().toggleMark('superscript').run(), active: (e: Editor) => e.isActive('superscript') },
            { label: 'Chỉ số dưới', keys: 'Ctrl+,', aria: 'Control+,', run: (e: Editor) => e.chain().focus().toggleMark('subscript').run(), active: (e: Editor) => e.isActive('subscript') },
          ]
        : []),
      { label: 'Liên kết', keys: 'Ctrl+K', aria: 'Control+K', run: promptLink, active: (e) => e.isActive('link') },
    ],
    [
      heading('Tiêu đề mục', section),
      heading('Tiêu đề nhỏ', sub),
      { label: 'Danh sách chấm', keys: 'Ctrl+Shift+8', aria: 'Control+Shift+8', run: (e) => e.chain().focus().toggleBulletList().run(), active: (e) => e.isActive('bulletList') },
      { label: 'Danh sách số', keys: 'Ctrl+Shift+7', aria: 'Control+Shift+7', run: (e) => e.chain().focus().toggleOrderedList().run(), active: (e) => e.isActive('orderedList') },
      { label: 'Trích dẫn', keys: 'Ctrl+Shift+B', aria: 'Control+Shift+B', run: (e) => e.chain().focus().toggleBlockquote().run(), active: (e) => e.isActive('blockquote') },
    ],
    [
      { label: 'Chèn bảng', run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(), enabled: (e) => !e.isActive('table') },
      { label: 'Chú thích bảng', run: editTableCaption, enabled: (e) => e.isActive('table') },
      { label: 'Thêm hàng', run: (e) => e.chain().focus().addRowAfter().run(), enabled: (e) => e.isActive('table') },
      { label: 'Thêm cột', run: (e) => e.chain().focus().addColumnAfter().run(), enabled: (e) => e.isActive('table') },
      { label: 'Xóa hàng', run: (e) => e.chain().focus().deleteRow().run(), enabled: (e) => e.isActive('table') },
      { label: 'Xóa cột', run: (e) => e.chain().focus().deleteColumn().run(), enabled: (e) => e.isActive('table') },
      { label: 'Xóa bảng', run: (e) => e.chain().focus().deleteTable().run(), enabled: (e) => e.isActive('table') },
    ],
    [
      ...(figures && withImages ? [{ label: 'Sửa chú thích ảnh', run: editFigureCaption, enabled: (e: Editor) => e.isActive('figure') }] : []),
      { label: 'Hoàn tác', keys: 'Ctrl+Z', aria: 'Control+Z', run: (e) => e.chain().focus().undo().run(), enabled: (e) => e.can().undo() },
      { label: 'Làm lại', keys: 'Ctrl+Shift+Z', aria: 'Control+Shift+Z', run: (e) => e.chain().focus().redo().run(), enabled: (e) => e.can().redo() },
    ],
  ];
}

function extensionsOf(profile: HtmlProfile): AnyExtension[] {
  const { headings, extraMarks, figures, descriptionLists } = PROFILES[profile];
  return [
    StarterKit.configure({
      heading: { levels: headings },
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: extraMarks ? {} : false,
      link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto', 'tel'], HTMLAttributes: { rel: 'noopener noreferrer', target: null } },
    }),
    CaptionedTable,
    TableRow,
    TableHeader,
    TableCell,
    KeptAttributes,
    LinkShortcut,
    ...(extraMarks ? [Superscript, Subscript] : []),
    ...(figures ? [Figure] : []),
    ...(descriptionLists ? [DescriptionList, DescriptionTerm, DescriptionDetails, DescriptionListKeys] : []),
  ];
}

/**
 * The rich-text editor (Tiptap) of articles, legal documents and static pages: headings, lists,
 * links, bold and italic, quotes, tables with captions and, where the text may hold them, images
 * with captions; each on a toolbar button with a Vietnamese name and its keyboard shortcut. Pasted
 * Word and web content is reduced to structure first (lib/html/paste.ts). The HTML is submitted in
 * a hidden field `name`; the server cleans it again with the same profile's allow-list before
 * storing it. Until the text is edited the field holds the stored HTML unchanged.
 */
export function RichTextEditor({
  name,
  label,
  profile,
  defaultValue,
  error,
  hint = 'Dán được từ Word hoặc trang web: định dạng thừa được bỏ, giữ lại tiêu đề, danh sách, bảng và liên kết.',
  required = false,
  images,
}: {
  name: string;
  label: string;
  profile: HtmlProfile;
  defaultValue: string;
  error?: string;
  hint?: string;
  required?: boolean;
  /** Images to pick from and the action that uploads one; without it the text has no images. */
  images?: { choices: PickedImage[]; upload: UploadImageAction };
}) {
  const id = useId();
  const [html, setHtml] = useState(defaultValue);
  const [picking, setPicking] = useState(false);
  const [groups] = useState(() => toolGroups(profile, images != null && PROFILES[profile].figures));
  const editor = useEditor({
    // Rendered on the server too: the editor mounts after hydration.
    immediatelyRender: false,
    extensions: extensionsOf(profile),
    content: defaultValue,
    editorProps: {
      attributes: {
        id: `${id}-area`,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': `${id}-label`,
        'aria-describedby': [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' '),
        ...(required ? { 'aria-required': 'true' } : {}),
        ...(error ? { 'aria-invalid': 'true' } : {}),
        class: 'prose-body min-h-72 px-4 py-3 focus:outline-none',
      },
      transformPastedHTML: (pasted) => fitHeadings(cleanPastedHtml(pasted), PROFILES[profile].headings),
    },
    onUpdate: ({ editor: e }) => setHtml(e.getHTML()),
  });

  const state = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      e ? groups.map((group) => group.map((tool) => ({ active: tool.active?.(e) ?? false, enabled: tool.enabled?.(e) ?? true }))) : null,
  });

  return (
    <div>
      <p id={`${id}-label`} className="block font-medium text-slate-800">
        {label}
      </p>
      <div className={cn('mt-1 rounded-md border bg-white', error ? 'border-red-700' : 'border-slate-400')}>
        <div role="toolbar" aria-label="Định dạng nội dung" aria-controls={`${id}-area`} className="flex flex-wrap gap-1 border-b border-slate-300 bg-slate-50 p-2">
          {groups.map((group, g) => (
            <div key={g} className="flex flex-wrap gap-1 border-r border-slate-300 pr-2 last:border-r-0">
              {g === groups.length - 1 && images && PROFILES[profile].figures ? (
                <button
                  type="button"
                  disabled={!editor}
                  onClick={() => setPicking(true)}
                  className="rounded border border-slate-300 bg-white px-2.5 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-50"
                >
                  Chèn ảnh
                </button>
              ) : null}
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
            </div>
          ))}
        </div>
        <EditorContent editor={editor} />
      </div>
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
        {hint}
      </p>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-red-800">
          {error}
        </p>
      ) : null}
      <input type="hidden" name={name} value={html} />
      {picking && images ? (
        <ImagePicker
          images={images.choices}
          upload={images.upload}
          withCaption
          title={profile === 'page' ? 'Chèn ảnh vào trang' : 'Chèn ảnh vào bài'}
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
