/** A link of the public menu or footer, as the public components draw it. */
export type MenuLink = { href: string; label: string };
/** A top-level menu entry; one with `children` opens a small submenu. */
export type MenuItem = MenuLink & { children?: readonly MenuLink[] };

export type PublicSiteLinks = { menu: MenuItem[]; footer: MenuLink[] };
