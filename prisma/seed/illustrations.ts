/**
 * Illustrations for the demo news, drawn in code as SVG: rice fields, shrimp ponds, a conference
 * hall, a training room, a fair, a product with its OCOP stars, a bar chart of real figures, a map
 * of the former districts, an emulation flag, a loan, a document. Nothing is downloaded; the same
 * inputs always give the same bytes, so the content-addressed store keeps one copy per picture.
 *
 * The pictures are honest illustrations (captions say "Ảnh minh họa"), not photographs.
 */

export type Illustration = { svg: string; width: number; height: number };

const FONT = "'Be Vietnam Pro', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Greedy word wrap by character count (SVG has no automatic line breaks). */
export function wrapText(text: string, maxChars: number, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1].replace(/[,.;:]?$/, '')}…`;
    return kept;
  }
  return lines;
}

function textLines(lines: string[], x: number, y: number, size: number, options: { fill?: string; weight?: number; anchor?: 'start' | 'middle' | 'end'; gap?: number } = {}): string {
  const { fill = '#ffffff', weight = 600, anchor = 'start', gap = 1.25 } = options;
  return lines
    .map((l, i) => `<text x="${x}" y="${Math.round(y + i * size * gap)}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${escapeXml(l)}</text>`)
    .join('');
}

function svgDoc(width: number, height: number, body: string, title: string): Illustration {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img"><title>${escapeXml(title)}</title>${body}</svg>`;
  return { svg, width, height };
}

/** The band along the bottom of a cover that names what the picture is about. */
function captionBand(width: number, height: number, title: string, subtitle?: string): string {
  const lines = wrapText(title, 58, 2);
  const bandHeight = 46 + lines.length * 42 + (subtitle ? 34 : 0);
  const top = height - bandHeight;
  return (
    `<rect x="0" y="${top}" width="${width}" height="${bandHeight}" fill="#0b2e1a" fill-opacity="0.82"/>` +
    textLines(lines, 48, top + 56, 34, { weight: 700 }) +
    (subtitle ? textLines([subtitle], 48, top + 56 + lines.length * 42 + 4, 24, { weight: 400, fill: '#d5ecdd' }) : '')
  );
}

export type Palette = { sky: [string, string]; land: string; accent: string; dark: string };

export const PALETTES: Palette[] = [
  { sky: ['#bfe3f5', '#f3fbff'], land: '#5fae4b', accent: '#f2c230', dark: '#2f6b2a' },
  { sky: ['#ffd9a8', '#fff4e2'], land: '#83b04a', accent: '#f08a24', dark: '#4c6f22' },
  { sky: ['#a9d3f0', '#e7f4fb'], land: '#3f9a5a', accent: '#ffe066', dark: '#21603a' },
  { sky: ['#d7e9f7', '#ffffff'], land: '#9cc65a', accent: '#e4a11b', dark: '#5a7d22' },
  { sky: ['#f9c6b0', '#fdeee6'], land: '#6dab54', accent: '#ffd166', dark: '#33703a' },
];

function sky(width: number, height: number, p: Palette, id: string): string {
  return (
    `<defs><linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.sky[0]}"/><stop offset="1" stop-color="${p.sky[1]}"/></linearGradient></defs>` +
    `<rect width="${width}" height="${height}" fill="url(#${id})"/>`
  );
}

function treeLine(width: number, y: number, color: string, seed: number): string {
  let d = `M0 ${y}`;
  for (let x = 0; x <= width; x += 40) {
    const h = 18 + ((x * 7 + seed * 13) % 29);
    d += ` Q${x + 20} ${y - h} ${x + 40} ${y}`;
  }
  return `<path d="${d} L${width} ${y + 10} L0 ${y + 10} Z" fill="${color}"/>`;
}

/** A rice field (or khóm, vegetables) running to the horizon, a canal and a farm house. */
export function fieldScene(title: string, subtitle: string, variant: number): Illustration {
  const W = 1200, H = 675, p = PALETTES[variant % PALETTES.length];
  const horizon = 300;
  let rows = '';
  for (let i = -14; i <= 14; i++) {
    rows += `<line x1="${600 + i * 12}" y1="${horizon}" x2="${600 + i * 110}" y2="${H}" stroke="${p.dark}" stroke-opacity="0.35" stroke-width="3"/>`;
  }
  let tufts = '';
  for (let r = 0; r < 6; r++) {
    const y = horizon + 40 + r * r * 9 + r * 18;
    for (let c = 0; c < 14; c++) {
      const x = 40 + c * 85 + ((r * 37) % 60);
      const s = 0.5 + r * 0.18;
      tufts += `<path d="M${x} ${y} l${-8 * s} ${-22 * s} M${x} ${y} l0 ${-28 * s} M${x} ${y} l${8 * s} ${-22 * s}" stroke="${p.dark}" stroke-width="${2 + r * 0.4}" stroke-linecap="round"/>`;
    }
  }
  const sunX = 180 + (variant * 211) % 840;
  return svgDoc(W, H,
    sky(W, H, p, 'sky') +
    `<circle cx="${sunX}" cy="120" r="46" fill="${p.accent}" fill-opacity="0.9"/>` +
    treeLine(W, horizon, p.dark, variant) +
    `<rect x="0" y="${horizon}" width="${W}" height="${H - horizon}" fill="${p.land}"/>` + rows + tufts +
    `<path d="M0 ${horizon + 70} C300 ${horizon + 50} 500 ${horizon + 120} 1200 ${horizon + 90} L1200 ${horizon + 120} C520 ${horizon + 150} 300 ${horizon + 80} 0 ${horizon + 100} Z" fill="#5aa9d6" fill-opacity="0.85"/>` +
    `<g transform="translate(${variant % 2 ? 930 : 110} ${horizon - 58})"><rect x="0" y="26" width="120" height="56" fill="#f6e7c8" stroke="#8a6a3a" stroke-width="3"/><path d="M-14 30 L60 -8 L134 30 Z" fill="#b5541c"/><rect x="48" y="48" width="24" height="34" fill="#8a6a3a"/></g>` +
    captionBand(W, H, title, subtitle),
    title,
  );
}

/** Shrimp–rice ponds with paddle-wheel aerators (the U Minh, An Biên, An Minh coast). */
export function pondScene(title: string, subtitle: string, variant: number): Illustration {
  const W = 1200, H = 675, p = PALETTES[variant % PALETTES.length];
  const horizon = 280;
  let ponds = '';
  const cells = [[60, 330, 500, 120], [620, 330, 520, 120], [60, 480, 500, 190], [620, 480, 520, 190]];
  cells.forEach(([x, y, w, h], i) => {
    ponds += `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="8" fill="${i % 2 ? '#3d8fc4' : '#4aa3cf'}" stroke="#7d6b3e" stroke-width="10"/>`;
    for (let k = 0; k < 3; k++) ponds += `<path d="M${x + 40 + k * 150} ${y + 40 + (k % 2) * 30} q20 -10 40 0 t40 0" stroke="#ffffff" stroke-opacity="0.6" stroke-width="3" fill="none"/>`;
    ponds += `<g transform="translate(${x + w - 120} ${y + h / 2})"><rect x="-4" y="-6" width="90" height="12" fill="#555"/><circle cx="0" cy="0" r="16" fill="none" stroke="#e53935" stroke-width="5"/><circle cx="86" cy="0" r="16" fill="none" stroke="#e53935" stroke-width="5"/></g>`;
  });
  return svgDoc(W, H,
    sky(W, H, p, 'sky') + treeLine(W, horizon, p.dark, variant + 3) +
    `<rect x="0" y="${horizon}" width="${W}" height="${H - horizon}" fill="#9c8a55"/>` + ponds +
    captionBand(W, H, title, subtitle),
    title,
  );
}

/** A conference: the backdrop with its banner, the presidium's table, the delegates' rows. */
export function hallScene(banner: string, title: string, subtitle: string, variant: number): Illustration {
  const W = 1200, H = 675;
  const backdrop = ['#b3261e', '#1f4e96', '#8e1b1b', '#17663a'][variant % 4];
  const bannerLines = wrapText(banner.toUpperCase(), 36, 3);
  let heads = '';
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 12; c++) {
      const x = 70 + c * 96 + (r % 2) * 40, y = 520 + r * 56;
      heads += `<ellipse cx="${x}" cy="${y + 30}" rx="34" ry="22" fill="${['#2d3748', '#1a365d', '#4a5568'][(c + r) % 3]}"/><circle cx="${x}" cy="${y}" r="17" fill="#2b2b2b"/>`;
    }
  }
  const star = 'M0 -30 L7 -9 L29 -9 L11 4 L18 25 L0 12 L-18 25 L-11 4 L-29 -9 L-7 -9 Z';
  return svgDoc(W, H,
    `<rect width="${W}" height="${H}" fill="#efe7da"/>` +
    `<rect x="90" y="40" width="1020" height="330" fill="${backdrop}" stroke="#e8c25a" stroke-width="8"/>` +
    `<g transform="translate(600 100)"><circle r="40" fill="#e8c25a"/><path d="${star}" fill="${backdrop}"/></g>` +
    textLines(bannerLines, 600, 190, 38, { anchor: 'middle', weight: 700, fill: '#fff5cc' }) +
    `<rect x="160" y="390" width="880" height="70" fill="#ffffff" stroke="#1f4e96" stroke-width="4"/><rect x="160" y="440" width="880" height="20" fill="#1f4e96"/>` +
    [240, 400, 560, 720, 880].map((x) => `<circle cx="${x}" cy="372" r="16" fill="#2b2b2b"/><rect x="${x - 26}" y="386" width="52" height="8" fill="#444"/>`).join('') +
    `<circle cx="125" cy="420" r="30" fill="#e4572e"/><circle cx="1075" cy="420" r="30" fill="#f3a712"/>` +
    heads + captionBand(W, H, title, subtitle),
    title,
  );
}

/** A training class: the projected slide with the class's subject, a lecturer, rows of learners. */
export function classScene(slide: string, title: string, subtitle: string, variant: number): Illustration {
  const W = 1200, H = 675, p = PALETTES[variant % PALETTES.length];
  const lines = wrapText(slide, 34, 4);
  let desks = '';
  for (let r = 0; r < 3; r++) {
    desks += `<rect x="${80 + r * 30}" y="${470 + r * 60}" width="${1040 - r * 60}" height="18" fill="#8a6a3a"/>`;
    for (let c = 0; c < 9; c++) {
      const x = 150 + c * 110 + r * 10;
      desks += `<circle cx="${x}" cy="${452 + r * 60}" r="16" fill="#2b2b2b"/><rect x="${x - 24}" y="${466 + r * 60}" width="48" height="6" fill="${['#4a6fa5', '#6b8e23', '#a0522d'][(c + r) % 3]}"/>`;
    }
  }
  return svgDoc(W, H,
    `<rect width="${W}" height="${H}" fill="#f4f1ea"/><rect x="0" y="400" width="${W}" height="275" fill="#d9cdb4"/>` +
    `<rect x="250" y="40" width="700" height="330" fill="#ffffff" stroke="#333" stroke-width="6"/>` +
    `<rect x="250" y="40" width="700" height="54" fill="${p.dark}"/>` +
    textLines(['LIÊN MINH HỢP TÁC XÃ TỈNH'], 600, 78, 26, { anchor: 'middle', weight: 700 }) +
    textLines(lines, 600, 160, 36, { anchor: 'middle', weight: 700, fill: '#1c2b22' }) +
    `<g transform="translate(1030 250)"><circle r="22" fill="#2b2b2b"/><rect x="-26" y="24" width="52" height="110" rx="10" fill="${p.dark}"/></g>` +
    desks + captionBand(W, H, title, subtitle),
    title,
  );
}

/** A trade fair: the arch with its name, a row of stalls with products on the tables. */
export function fairScene(banner: string, title: string, subtitle: string, variant: number): Illustration {
  const W = 1200, H = 675, p = PALETTES[variant % PALETTES.length];
  const colors = ['#d94f30', '#2a7ab0', '#f2a900', '#3b9b5b', '#8e44ad'];
  let stalls = '';
  for (let i = 0; i < 5; i++) {
    const x = 40 + i * 228, c = colors[(i + variant) % colors.length];
    stalls += `<rect x="${x}" y="330" width="200" height="170" fill="#fffaf0" stroke="#999" stroke-width="2"/><path d="M${x - 10} 335 L${x + 100} 270 L${x + 210} 335 Z" fill="${c}"/>` +
      `<rect x="${x + 10}" y="430" width="180" height="24" fill="#b08850"/>` +
      [0, 1, 2, 3].map((k) => `<rect x="${x + 22 + k * 42}" y="${398 - (k % 2) * 10}" width="32" height="${32 + (k % 2) * 10}" fill="${colors[(i + k + 2) % colors.length]}"/>`).join('') +
      `<circle cx="${x + 100}" cy="520" r="16" fill="#2b2b2b"/><rect x="${x + 82}" y="536" width="36" height="40" rx="8" fill="${c}"/>`;
  }
  const lines = wrapText(banner.toUpperCase(), 44, 2);
  return svgDoc(W, H,
    sky(W, H, p, 'sky') + `<rect x="0" y="500" width="${W}" height="175" fill="#cfc6b4"/>` +
    `<rect x="60" y="60" width="1080" height="${40 + lines.length * 44}" rx="10" fill="#b3261e" stroke="#e8c25a" stroke-width="6"/>` +
    textLines(lines, 600, 112, 36, { anchor: 'middle', weight: 700, fill: '#fff5cc' }) +
    stalls + captionBand(W, H, title, subtitle),
    title,
  );
}

function starPath(cx: number, cy: number, r: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.42;
    pts.push(`${(cx + rr * Math.cos(a)).toFixed(1)},${(cy + rr * Math.sin(a)).toFixed(1)}`);
  }
  return `M${pts.join(' L')} Z`;
}

/** A product package (bag of rice, bottle, jar or basket) with its OCOP stars. */
export function productScene(product: string, producer: string, stars: number, variant: number): Illustration {
  const W = 1200, H = 675, p = PALETTES[variant % PALETTES.length];
  const lower = product.toLowerCase();
  const kind = /nước mắm|rượu|mật ong/.test(lower) ? 'bottle' : /giỏ|đan|đệm|lục bình|bàng/.test(lower) ? 'basket' : /khô|mực|tôm|ba khía|mắm|mứt|tiêu/.test(lower) ? 'jar' : 'bag';
  const labelLines = wrapText(product, 16, 3);
  let item = '';
  if (kind === 'bottle') {
    item = `<path d="M420 560 L420 300 Q420 250 470 230 L470 170 L530 170 L530 230 Q580 250 580 300 L580 560 Z" fill="${lower.includes('mật ong') ? '#d99a1e' : '#8a3b12'}" stroke="#3a2510" stroke-width="4"/><rect x="462" y="140" width="76" height="36" fill="#b3261e"/>` +
      `<rect x="430" y="330" width="140" height="150" fill="#fffaf0"/>` + textLines(wrapText(product, 10, 4), 500, 362, 20, { anchor: 'middle', fill: '#222', weight: 700 });
  } else if (kind === 'basket') {
    let weave = '';
    for (let y = 330; y < 560; y += 22) weave += `<path d="M330 ${y} Q500 ${y + 14} 670 ${y}" stroke="#7a5523" stroke-width="5" fill="none"/>`;
    for (let x = 350; x < 660; x += 28) weave += `<line x1="${x}" y1="320" x2="${x + 6}" y2="565" stroke="#7a5523" stroke-width="3"/>`;
    item = `<path d="M310 320 L690 320 L650 570 L350 570 Z" fill="#c9a063" stroke="#5e4019" stroke-width="5"/>${weave}<path d="M380 320 Q500 200 620 320" stroke="#5e4019" stroke-width="12" fill="none"/>` +
      `<rect x="400" y="420" width="200" height="70" fill="#fffaf0"/>` + textLines(wrapText(product, 16, 2), 500, 450, 20, { anchor: 'middle', fill: '#222', weight: 700 });
  } else if (kind === 'jar') {
    item = `<rect x="380" y="250" width="240" height="320" rx="30" fill="#f3e6c8" stroke="#6b4f2a" stroke-width="5"/><rect x="370" y="220" width="260" height="50" rx="10" fill="${p.dark}"/>` +
      `<rect x="395" y="330" width="210" height="170" fill="#ffffff"/>` + textLines(labelLines, 500, 372, 26, { anchor: 'middle', fill: '#222', weight: 700 });
  } else {
    item = `<path d="M350 240 Q500 205 650 240 L680 575 L320 575 Z" fill="#f7f2e4" stroke="#6b4f2a" stroke-width="5"/><rect x="350" y="300" width="300" height="60" fill="${p.dark}"/>` +
      textLines(['SẢN PHẨM HỢP TÁC XÃ'], 500, 340, 22, { anchor: 'middle', weight: 700 }) +
      textLines(labelLines, 500, 410, 32, { anchor: 'middle', fill: '#1c2b22', weight: 700 }) +
      `<path d="M380 520 q30 -30 60 0 q30 -30 60 0 q30 -30 60 0 q30 -30 60 0" stroke="${p.land}" stroke-width="8" fill="none"/>`;
  }
  let starMarks = '';
  for (let i = 0; i < 5; i++) starMarks += `<path d="${starPath(790 + i * 62, 300, 26)}" fill="${i < stars ? '#f2b705' : '#d9d9d9'}" stroke="#9a7400" stroke-width="2"/>`;
  return svgDoc(W, H,
    `<defs><radialGradient id="bg" cx="0.4" cy="0.4" r="0.8"><stop offset="0" stop-color="#ffffff"/><stop offset="1" stop-color="${p.sky[0]}"/></radialGradient></defs><rect width="${W}" height="${H}" fill="url(#bg)"/>` +
    `<ellipse cx="500" cy="585" rx="260" ry="26" fill="#000" fill-opacity="0.12"/>` + item +
    `<g><circle cx="910" cy="190" r="62" fill="#b3261e"/>` + textLines(['OCOP'], 910, 203, 36, { anchor: 'middle', weight: 700 }) + `</g>` + starMarks +
    textLines([`${stars} sao`], 910, 380, 30, { anchor: 'middle', fill: '#5b4300', weight: 700 }) +
    captionBand(W, H, product, producer),
    `${product} – ${producer}`,
  );
}

export type Bar = { label: string; value: number };

/** A bar chart of real figures, with values printed in vi-VN form. */
export function barChart(title: string, unit: string, bars: Bar[], variant: number): Illustration {
  const W = 960, H = 540, p = PALETTES[variant % PALETTES.length];
  const left = 90, right = 40, top = 110, bottom = 80;
  const max = Math.max(...bars.map((b) => b.value)) * 1.15 || 1;
  const slot = (W - left - right) / bars.length;
  const fmt = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
  let grid = '';
  for (let i = 0; i <= 4; i++) {
    const y = top + ((H - top - bottom) * i) / 4;
    grid += `<line x1="${left}" y1="${y}" x2="${W - right}" y2="${y}" stroke="#d9d9d9" stroke-width="1"/>`;
  }
  const barsSvg = bars
    .map((b, i) => {
      const h = ((H - top - bottom) * b.value) / max;
      const x = left + i * slot + slot * 0.18;
      const y = H - bottom - h;
      return (
        `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(slot * 0.64).toFixed(1)}" height="${h.toFixed(1)}" fill="${i === bars.length - 1 ? p.accent : p.dark}"/>` +
        textLines([fmt.format(b.value)], x + slot * 0.32, y - 10, 20, { anchor: 'middle', fill: '#1c2b22', weight: 700 }) +
        textLines([b.label], x + slot * 0.32, H - bottom + 30, 18, { anchor: 'middle', fill: '#333', weight: 400 })
      );
    })
    .join('');
  return svgDoc(W, H,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>` +
    textLines(wrapText(title, 60, 2), 40, 48, 26, { fill: '#12522f', weight: 700 }) +
    textLines([`Đơn vị: ${unit}`], 40, 96, 18, { fill: '#555', weight: 400 }) +
    grid + `<line x1="${left}" y1="${H - bottom}" x2="${W - right}" y2="${H - bottom}" stroke="#333" stroke-width="2"/>` + barsSvg,
    title,
  );
}

/** Rough positions of the former districts on a stylised outline of Kiên Giang. */
const DISTRICT_POINTS: Record<string, [number, number]> = {
  'ha-tien': [420, 120], 'giang-thanh': [520, 110], 'kien-luong': [470, 200], 'hon-dat': [600, 230], 'tan-hiep': [760, 250],
  'rach-gia': [660, 320], 'chau-thanh': [740, 340], 'giong-rieng': [850, 360], 'go-quao': [900, 440], 'an-bien': [720, 430],
  'an-minh': [690, 530], 'vinh-thuan': [820, 540], 'u-minh-thuong': [770, 480], 'phu-quoc': [170, 330], 'kien-hai': [430, 470],
};

/** A map outline of the former province with one district (or the new commune's area) highlighted. */
export function mapScene(title: string, subtitle: string, highlight: string | null, labels: Record<string, string>): Illustration {
  const W = 1200, H = 675;
  const mainland = 'M380 80 L560 70 L700 150 L880 200 L960 300 L980 420 L940 560 L820 600 L660 590 L620 500 L640 420 L600 360 L540 300 L470 250 L410 180 Z';
  const island = 'M150 220 L215 230 L230 330 L200 440 L150 460 L130 380 L120 290 Z';
  let dots = '';
  for (const [key, [x, y]] of Object.entries(DISTRICT_POINTS)) {
    const on = key === highlight;
    dots += `<circle cx="${x}" cy="${y}" r="${on ? 16 : 8}" fill="${on ? '#b3261e' : '#17663a'}" stroke="#fff" stroke-width="3"/>`;
    if (labels[key]) dots += textLines([labels[key]], x + (on ? 22 : 14), y + 7, on ? 24 : 18, { fill: on ? '#7a1a14' : '#1c2b22', weight: on ? 700 : 400 });
  }
  return svgDoc(W, H,
    `<rect width="${W}" height="${H}" fill="#d6ecf7"/>` +
    `<path d="${mainland}" fill="#e8f3dc" stroke="#5b7f3a" stroke-width="4"/><path d="${island}" fill="#e8f3dc" stroke="#5b7f3a" stroke-width="4"/>` +
    [[300, 520], [340, 560], [500, 600], [260, 140]].map(([x, y]) => `<ellipse cx="${x}" cy="${y}" rx="18" ry="10" fill="#e8f3dc" stroke="#5b7f3a" stroke-width="3"/>`).join('') +
    textLines(['Vịnh Thái Lan'], 250, 620, 22, { fill: '#2a6f97', weight: 400 }) + dots + captionBand(W, H, title, subtitle),
    title,
  );
}

/** The red emulation flag (cờ thi đua) with its gold star and fringe. */
export function flagScene(title: string, subtitle: string, variant: number): Illustration {
  const W = 1200, H = 675;
  const bg = ['#fff7e6', '#f1f5ee', '#f5f0ff'][variant % 3];
  let fringe = '';
  for (let x = 432; x <= 860; x += 14) fringe += `<line x1="${x}" y1="${452 + Math.sin(x / 40) * 10}" x2="${x}" y2="${482 + Math.sin(x / 40) * 10}" stroke="#e8c25a" stroke-width="4"/>`;
  return svgDoc(W, H,
    `<rect width="${W}" height="${H}" fill="${bg}"/>` +
    `<rect x="408" y="70" width="14" height="520" fill="#8a6a3a"/><circle cx="415" cy="64" r="14" fill="#e8c25a"/>` +
    `<path d="M422 90 Q640 60 860 100 L860 452 Q640 420 422 452 Z" fill="#c62828" stroke="#e8c25a" stroke-width="6"/>` + fringe +
    `<path d="${starPath(640, 210, 70)}" fill="#ffd54f"/>` +
    textLines(['CỜ THI ĐUA'], 640, 360, 40, { anchor: 'middle', weight: 700, fill: '#ffe9a8' }) +
    `<path d="M250 600 q-60 -120 20 -230 M950 600 q60 -120 -20 -230" stroke="#3b7d3b" stroke-width="10" fill="none"/>` +
    captionBand(W, H, title, subtitle),
    title,
  );
}

/** A loan: the bank's front, stacks of coins and the amount disbursed. */
export function loanScene(title: string, amount: string, subtitle: string, variant: number): Illustration {
  const W = 1200, H = 675, p = PALETTES[variant % PALETTES.length];
  let coins = '';
  [[760, 5], [860, 8], [960, 6]].forEach(([x, n]) => {
    for (let i = 0; i < n; i++) coins += `<ellipse cx="${x}" cy="${480 - i * 18}" rx="44" ry="14" fill="#e8b923" stroke="#9a7400" stroke-width="3"/>`;
  });
  return svgDoc(W, H,
    sky(W, H, p, 'sky') + `<rect x="0" y="500" width="${W}" height="175" fill="#d8d2c4"/>` +
    `<path d="M120 210 L380 120 L640 210 Z" fill="#f1efe8" stroke="#555" stroke-width="4"/><rect x="140" y="210" width="480" height="30" fill="#e1ddd2" stroke="#555" stroke-width="3"/>` +
    [170, 260, 350, 440, 530].map((x) => `<rect x="${x}" y="240" width="40" height="230" fill="#f7f5ef" stroke="#777" stroke-width="3"/>`).join('') +
    `<rect x="120" y="470" width="520" height="34" fill="#c9c3b5" stroke="#555" stroke-width="3"/>` + coins +
    textLines([amount], 860, 250, 46, { anchor: 'middle', fill: '#12522f', weight: 700 }) +
    captionBand(W, H, title, subtitle),
    title,
  );
}

/** A legal document on the desk: national heading, number, abstract, the red seal. */
export function documentScene(number: string, abstract: string, title: string, subtitle: string, variant: number): Illustration {
  const W = 1200, H = 675;
  const bg = ['#e9eef3', '#efe9e1', '#e6efe9'][variant % 3];
  let lines = '';
  for (let i = 0; i < 6; i++) lines += `<rect x="380" y="${380 + i * 26}" width="${i === 5 ? 260 : 440}" height="8" fill="#c8c8c8"/>`;
  return svgDoc(W, H,
    `<rect width="${W}" height="${H}" fill="${bg}"/>` +
    `<rect x="348" y="48" width="520" height="600" fill="#000" fill-opacity="0.08"/><rect x="340" y="40" width="520" height="600" fill="#ffffff" stroke="#bbb" stroke-width="2"/>` +
    textLines(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], 600, 92, 20, { anchor: 'middle', fill: '#222', weight: 700 }) +
    textLines(['Độc lập – Tự do – Hạnh phúc'], 600, 120, 18, { anchor: 'middle', fill: '#222', weight: 600 }) +
    `<line x1="510" y1="130" x2="690" y2="130" stroke="#222" stroke-width="2"/>` +
    textLines([`Số: ${number}`], 600, 178, 22, { anchor: 'middle', fill: '#222', weight: 600 }) +
    textLines(wrapText(abstract, 38, 4), 600, 232, 22, { anchor: 'middle', fill: '#1c2b22', weight: 700 }) + lines +
    `<circle cx="760" cy="560" r="52" fill="none" stroke="#c62828" stroke-width="6"/><path d="${starPath(760, 560, 24)}" fill="#c62828"/>` +
    captionBand(W, H, title, subtitle),
    title,
  );
}
