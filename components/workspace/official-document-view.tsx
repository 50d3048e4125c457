import { numberAndSymbol, placeAndDate, type Block, type OfficialDocument } from '@/lib/official-docx/model';

/**
 * An official document (lib/official-docx/model.ts) as a printable page: the same parts and order
 * as the .docx, in Times New Roman on an A4-wide sheet, so that what a leader prints from the
 * browser reads like the file.
 */
export function OfficialDocumentView({ doc }: { doc: OfficialDocument }) {
  return (
    <article
      aria-label={`${doc.kind} ${numberAndSymbol(doc.number, doc.symbol)}`}
      className="mx-auto max-w-[210mm] bg-white px-[15mm] py-[20mm] pl-[30mm] font-[Times_New_Roman,Liberation_Serif,serif] text-[14pt] leading-normal text-black shadow print:max-w-none print:p-0 print:shadow-none"
    >
      <div className="grid grid-cols-[2fr_3fr] gap-2 text-center text-[12pt]">
        <div>
          <p className="uppercase">{doc.governingBody}</p>
          {doc.issuer.map((line) => (
            <p key={line} className="font-bold uppercase">
              {line}
            </p>
          ))}
          <hr className="mx-auto my-1 w-1/3 border-black" />
          <p className="mt-2 text-[13pt]">{numberAndSymbol(doc.number, doc.symbol)}</p>
        </div>
        <div>
          <p className="font-bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
          <p className="text-[13pt] font-bold">Độc lập - Tự do - Hạnh phúc</p>
          <hr className="mx-auto my-1 w-3/5 border-black" />
          <p className="mt-2 text-[13pt] italic">{placeAndDate(doc.place, doc.issuedOn)}</p>
        </div>
      </div>
      <div className="mt-6 text-center font-bold">
        <h2 className="uppercase">{doc.kind}</h2>
        <p>{doc.summary}</p>
        <hr className="mx-auto my-1 w-1/4 border-black" />
      </div>
      <div className="mt-4 space-y-2 text-justify">
        {doc.body.map((block, i) => (
          <BlockView key={i} block={block} />
        ))}
      </div>
      <div className="mt-6 grid grid-cols-2 gap-4 break-inside-avoid">
        <div>
          <p className="text-[12pt] font-bold italic">Nơi nhận:</p>
          <ul className="text-[11pt]">
            {doc.recipients.map((r, i) => (
              <li key={r}>
                - {r}
                {i === doc.recipients.length - 1 ? '.' : ';'}
              </li>
            ))}
          </ul>
        </div>
        <div className="text-center font-bold">
          {doc.signature.authority ? <p>{doc.signature.authority}</p> : null}
          <p>{doc.signature.position}</p>
          <p className="mt-24">{doc.signature.signer}</p>
        </div>
      </div>
    </article>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'part':
      return (
        <div className="pt-2 text-center font-bold">
          <p>{block.label}</p>
          <p>{block.title}</p>
        </div>
      );
    case 'heading': {
      const className = `indent-[12.7mm] font-bold ${block.level === 3 ? 'italic' : ''}`;
      return block.level === 1 ? <h3 className={className}>{block.text}</h3> : <h4 className={className}>{block.text}</h4>;
    }
    case 'paragraph':
    case 'item':
      return (
        <p className="indent-[12.7mm]">
          {block.type === 'item' ? `${block.bullet} ` : null}
          {block.runs.map((r, i) => (
            <span key={i} className={`${r.bold ? 'font-bold' : ''} ${r.italic ? 'italic' : ''}`}>
              {r.text}
            </span>
          ))}
        </p>
      );
    case 'table':
      return (
        <div className="py-2">
          <table className="w-full border-collapse text-[12pt]">
            <caption className="pb-1 text-[13pt] font-bold italic">{block.caption}</caption>
            <thead>
              <tr>
                {block.columns.map((c) => (
                  <th key={c.header} scope="col" className="border border-black px-1 text-center">
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r} className="break-inside-avoid">
                  {row.map((cell, c) => (
                    <td key={c} className={`border border-black px-1 ${block.columns[c]?.numeric ? 'text-right' : 'text-left'} ${cell.bold ? 'font-bold' : ''}`}>
                      {cell.text}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}
