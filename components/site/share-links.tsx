import { CopyLinkButton } from './article-actions';

/**
 * Share an article: copy its address, or open Facebook's or Zalo's share page. Plain links, no
 * third-party script on our pages (nothing loads from those sites until a visitor clicks).
 */
export const FACEBOOK_SHARE = 'https://www.facebook.com/sharer/sharer.php?u=';
export const ZALO_SHARE = 'https://zalo.me/share?url=';

const link = 'inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-900 hover:bg-slate-100';

export function ShareLinks({ url, title }: { url: string; title: string }) {
  const encoded = encodeURIComponent(url);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-slate-700">Chia sẻ:</span>
      <CopyLinkButton url={url} />
      <a className={link} href={`${FACEBOOK_SHARE}${encoded}`} target="_blank" rel="noopener noreferrer" aria-label={`Chia sẻ “${title}” lên Facebook (mở cửa sổ mới)`}>
        Facebook
      </a>
      <a className={link} href={`${ZALO_SHARE}${encoded}`} target="_blank" rel="noopener noreferrer" aria-label={`Chia sẻ “${title}” qua Zalo (mở cửa sổ mới)`}>
        Zalo
      </a>
    </div>
  );
}
