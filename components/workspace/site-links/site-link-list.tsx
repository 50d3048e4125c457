'use client';

import Link from 'next/link';
import { useEffect, useId, useRef, useState, useTransition } from 'react';

import { Badge } from '@/components/ui/badge';
import { Button, buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ConfirmSubmit } from '@/components/workspace/confirm-submit';
import { FormMessage } from '@/components/workspace/form-fields';
import { type ActionState, idleState } from '@/lib/actions/state';
import { deleteSiteLink, moveSiteLink, setSiteLinkVisible } from '@/lib/site-links/actions';
import type { EditorSiteLink } from '@/lib/site-links/queries';

type Direction = 'len' | 'xuong';

/**
 * One list of links (the main menu with its submenus, or the footer) with buttons to reorder,
 * hide, edit and delete each entry. Reordering is by buttons, not dragging, so it works from the
 * keyboard: after a move, focus returns to the button that was pressed, wherever its row went,
 * and one status line announces the outcome for the whole list.
 */
export function SiteLinkList({ links, emptyTitle }: { links: EditorSiteLink[]; emptyTitle: string }) {
  const baseId = useId();
  const [state, setState] = useState<ActionState>(idleState);
  const [pending, startTransition] = useTransition();
  const focusTarget = useRef<string | null>(null);

  useEffect(() => {
    if (pending || !focusTarget.current) return;
    document.getElementById(focusTarget.current)?.focus();
    focusTarget.current = null;
  }, [pending, links, state]);

  const controlId = (id: number, what: Direction | 'hien') => `${baseId}-${id}-${what}`;

  function run(focusId: string, call: () => Promise<ActionState>) {
    focusTarget.current = focusId;
    startTransition(async () => {
      const result = await call();
      startTransition(() => setState(result));
    });
  }

  function move(link: EditorSiteLink, direction: Direction) {
    const data = new FormData();
    data.set('huong', direction);
    run(controlId(link.id, direction), () => moveSiteLink(link.id, idleState, data));
  }

  function toggle(link: EditorSiteLink) {
    run(controlId(link.id, 'hien'), () => setSiteLinkVisible(link.id, !link.visible, idleState, new FormData()));
  }

  async function remove(link: EditorSiteLink, data: FormData) {
    // A deletion ends on the page's own notice (a redirect); an earlier outcome would linger.
    setState(idleState);
    setState(await deleteSiteLink(link.id, idleState, data));
  }

  function rows(list: EditorSiteLink[], nested: boolean) {
    return (
      <ol className={nested ? 'mt-2 ml-4 divide-y divide-slate-200 border-l-4 border-brand-100 pl-4' : 'divide-y divide-slate-200'}>
        {list.map((link, index) => {
          const first = index === 0;
          const last = index === list.length - 1;
          const name = `«${link.label}»`;
          return (
            <li key={link.id} className="py-3">
              <div className="flex flex-wrap items-center justify-between gap-3">
                <div className="min-w-0">
                  <p className="font-medium text-slate-900">
                    {link.label} {link.visible ? null : <Badge tone="warning">Đang ẩn</Badge>}
                  </p>
                  <p className="text-sm break-all text-slate-600">
                    <span className="sr-only">Đường dẫn: </span>
                    {link.href}
                  </p>
                </div>
                <div className="flex flex-wrap gap-2">
                  <Button
                    id={controlId(link.id, 'len')}
                    variant="secondary"
                    aria-label={`Chuyển ${name} lên`}
                    aria-disabled={first || pending}
                    onClick={() => (first || pending ? undefined : move(link, 'len'))}
                    className="px-3 aria-disabled:cursor-not-allowed aria-disabled:opacity-50"
                  >
                    <span aria-hidden="true">↑</span> Lên
                  </Button>
                  <Button
                    id={controlId(link.id, 'xuong')}
                    variant="secondary"
                    aria-label={`Chuyển ${name} xuống`}
                    aria-disabled={last || pending}
                    onClick={() => (last || pending ? undefined : move(link, 'xuong'))}
                    className="px-3 aria-disabled:cursor-not-allowed aria-disabled:opacity-50"
                  >
                    <span aria-hidden="true">↓</span> Xuống
                  </Button>
                  <Button
                    id={controlId(link.id, 'hien')}
                    variant="secondary"
                    aria-label={`${link.visible ? 'Ẩn' : 'Hiện'} ${name}`}
                    aria-disabled={pending}
                    onClick={() => (pending ? undefined : toggle(link))}
                    className="px-3"
                  >
                    {link.visible ? 'Ẩn' : 'Hiện'}
                  </Button>
                  {/* Not prefetched: a prefetched form could show the entry as it was before the last change. */}
                  <Link href={`/quan-tri/menu/${link.id}`} prefetch={false} className={buttonClasses('secondary', 'px-3')} aria-label={`Sửa ${name}`}>
                    Sửa
                  </Link>
                  <form action={(data) => remove(link, data)}>
                    <ConfirmSubmit
                      title="Xóa liên kết?"
                      accessibleName={`Xóa ${name}`}
                      description={
                        link.children.length > 0 ? (
                          <>
                            Mục {name} còn {link.children.length} mục con nên chưa xóa được; hãy xóa hoặc chuyển các mục con trước.
                          </>
                        ) : (
                          <>
                            Liên kết {name} ({link.href}) sẽ bị xóa khỏi cổng thông tin. Muốn tạm bỏ khỏi cổng mà vẫn giữ lại, hãy chọn “Ẩn”.
                          </>
                        )
                      }
                      confirmLabel="Xóa liên kết"
                    >
                      Xóa
                    </ConfirmSubmit>
                  </form>
                </div>
              </div>
              {link.children.length > 0 ? rows(link.children, true) : null}
            </li>
          );
        })}
      </ol>
    );
  }

  return (
    <div className="space-y-3">
      <FormMessage state={state} />
      {links.length === 0 ? <EmptyState title={emptyTitle} /> : rows(links, false)}
    </div>
  );
}
