import { renderToStaticMarkup } from "react-dom/server";

export type MailLocale = "nl" | "en";

/** Who a message comes from: the organisation (the sender name) and the person to contact. */
export type MailSender = {
  organisation: string;
  contact: { name: string; email: string; phone: string } | null;
};

/** What every message has around its own text, in the recipient's language. */
const furniture = {
  nl: {
    auto: (org: string) => `Dit bericht is automatisch verstuurd door Inzet namens ${org}.`,
    contact: "Vragen? Neem contact op met",
    unsubscribe: "Wilt u deze herinneringen niet meer krijgen? Zet ze uit op",
  },
  en: {
    auto: (org: string) => `This message was sent automatically by Inzet on behalf of ${org}.`,
    contact: "Questions? Contact",
    unsubscribe: "No longer want these reminders? Turn them off at",
  },
} as const;

type Block =
  | { kind: "paragraph"; lines: string[] }
  | { kind: "link"; url: string }
  | { kind: "list"; items: string[] };

const urlOnly = /^https?:\/\/\S+$/;
const bullet = /^[-•]\s+/;

/**
 * The message's own text as blocks: paragraphs split on blank lines, a line holding only a link
 * becomes a button, lines starting with "- " a list. Text and HTML part come from these same blocks.
 */
export function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    let lines: string[] = [];
    let items: string[] = [];
    const flush = () => {
      if (lines.length) blocks.push({ kind: "paragraph", lines });
      if (items.length) blocks.push({ kind: "list", items });
      lines = [];
      items = [];
    };
    for (const raw of chunk.split("\n")) {
      const line = raw.trimEnd();
      if (!line.trim()) continue;
      if (urlOnly.test(line.trim())) {
        flush();
        blocks.push({ kind: "link", url: line.trim() });
      } else if (bullet.test(line)) {
        if (lines.length) flush();
        items.push(line.replace(bullet, ""));
      } else {
        if (items.length) flush();
        lines.push(line);
      }
    }
    flush();
  }
  return blocks;
}

function footerLines(sender: MailSender, locale: MailLocale, unsubscribeUrl?: string) {
  const words = furniture[locale];
  const contact = sender.contact
    ? `${words.contact} ${[sender.contact.name, sender.contact.phone, sender.contact.email].filter(Boolean).join(", ")}.`
    : null;
  return {
    contact,
    auto: words.auto(sender.organisation),
    unsubscribe: unsubscribeUrl ? { label: words.unsubscribe, url: unsubscribeUrl } : null,
  };
}

const font = "Arial, Helvetica, sans-serif";
const text = { margin: "0 0 16px", fontSize: "16px", lineHeight: "24px", color: "#1a1a1a" };

function MailHtml({
  subject,
  blocks,
  sender,
  locale,
  unsubscribeUrl,
}: {
  subject: string;
  blocks: Block[];
  sender: MailSender;
  locale: MailLocale;
  unsubscribeUrl?: string;
}) {
  const footer = footerLines(sender, locale, unsubscribeUrl);
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{subject}</title>
      </head>
      <body style={{ margin: 0, padding: 0, backgroundColor: "#f3f3f3", fontFamily: font }}>
        <table
          role="presentation"
          width="100%"
          cellPadding={0}
          cellSpacing={0}
          style={{ backgroundColor: "#f3f3f3" }}
        >
          <tbody>
            <tr>
              <td align="center" style={{ padding: "24px 12px" }}>
                <table
                  role="presentation"
                  width="100%"
                  cellPadding={0}
                  cellSpacing={0}
                  style={{ maxWidth: "600px", backgroundColor: "#ffffff", borderTop: "6px solid #01689b" }}
                >
                  <tbody>
                    <tr>
                      <td style={{ padding: "24px 24px 8px", fontFamily: font }}>
                        <p style={{ ...text, fontSize: "14px", color: "#555555" }}>{sender.organisation}</p>
                        <h1
                          style={{
                            margin: "0 0 24px",
                            fontSize: "22px",
                            lineHeight: "28px",
                            color: "#1a1a1a",
                          }}
                        >
                          {subject}
                        </h1>
                        {blocks.map((block, index) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: rendered once to static markup, never reordered
                          <MailBlock key={`${block.kind}-${index}`} block={block} />
                        ))}
                      </td>
                    </tr>
                    <tr>
                      <MailFooter {...footer} />
                    </tr>
                  </tbody>
                </table>
              </td>
            </tr>
          </tbody>
        </table>
      </body>
    </html>
  );
}

function MailFooter({ contact, unsubscribe, auto }: ReturnType<typeof footerLines>) {
  return (
    <td style={{ padding: "16px 24px 24px", borderTop: "1px solid #dddddd", fontFamily: font }}>
      {contact && <p style={{ ...text, fontSize: "14px" }}>{contact}</p>}
      {unsubscribe && (
        <p style={{ ...text, fontSize: "14px" }}>
          {unsubscribe.label} <a href={unsubscribe.url}>{unsubscribe.url}</a>
        </p>
      )}
      <p style={{ ...text, fontSize: "13px", color: "#555555", margin: 0 }}>{auto}</p>
    </td>
  );
}

function MailBlock({ block }: { block: Block }) {
  if (block.kind === "link") {
    return (
      <p style={text}>
        <a
          href={block.url}
          style={{
            color: "#01689b",
            fontWeight: "bold",
            wordBreak: "break-all",
            textDecoration: "underline",
          }}
        >
          {block.url}
        </a>
      </p>
    );
  }
  if (block.kind === "list") {
    return (
      <ul style={{ ...text, paddingLeft: "24px" }}>
        {block.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    );
  }
  return (
    <p style={text}>
      {block.lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rendered once to static markup, never reordered
        <span key={`${index}-${line}`}>
          {index > 0 && <br />}
          {line}
        </span>
      ))}
    </p>
  );
}

/**
 * The text and HTML part of one message, both from the same blocks and the same footer: the
 * sender, the contact person, the unsubscribe link of a periodic reminder, in the recipient's language.
 */
export function mailParts(input: {
  subject: string;
  text: string;
  sender: MailSender;
  locale: MailLocale;
  unsubscribeUrl?: string;
}) {
  const blocks = blocksOf(input.text);
  const footer = footerLines(input.sender, input.locale, input.unsubscribeUrl);
  const body = blocks
    .map((block) =>
      block.kind === "link"
        ? block.url
        : block.kind === "list"
          ? block.items.map((item) => `- ${item}`).join("\n")
          : block.lines.join("\n"),
    )
    .join("\n\n");
  const signature = [
    footer.contact,
    footer.unsubscribe && `${footer.unsubscribe.label} ${footer.unsubscribe.url}`,
    footer.auto,
  ].filter(Boolean);
  const textPart = `${body}\n\n-- \n${signature.join("\n")}\n`;
  const html = `<!DOCTYPE html>${renderToStaticMarkup(<MailHtml {...input} blocks={blocks} />)}`;
  return { text: textPart, html };
}
