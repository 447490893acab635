import { useEffect } from "react";

/** The default description, as in index.html. */
const DEFAULT_DESCRIPTION = "Vrijwilligerswerk zoeken en u aanmelden als vrijwilliger bij Inzet.";

let defaultTitle = "Inzet";
let pageTitles = 0;

/** The title of every page without one of its own (the shell: "Inzet – <werkgebied>"). */
export function setDefaultTitle(title: string) {
  defaultTitle = title;
  if (pageTitles === 0) document.title = title;
}

/**
 * Sets the page title and the meta description while a page is shown (search engines and link
 * previews read them); back to the default title and description when it goes. The shell's title
 * (set later, when the werkgebied is known) does not overwrite it.
 * Undefined values (still loading) leave the head alone.
 */
export function useDocumentHead(title: string | undefined, description: string | undefined) {
  useEffect(() => {
    if (title === undefined && description === undefined) return;
    if (title !== undefined) {
      pageTitles += 1;
      document.title = title;
    }
    if (description !== undefined) descriptionMeta().content = shorten(description);
    return () => {
      if (title !== undefined) pageTitles -= 1;
      if (pageTitles === 0) document.title = defaultTitle;
      descriptionMeta().content = DEFAULT_DESCRIPTION;
    };
  }, [title, description]);
}

function descriptionMeta() {
  let meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
  if (!meta) {
    meta = document.createElement("meta");
    meta.name = "description";
    document.head.append(meta);
  }
  return meta;
}

/** Search engines show about 160 characters; cut at a word. */
function shorten(text: string) {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= 160) return flat;
  return `${flat.slice(0, 157).replace(/\s+\S*$/, "")}…`;
}
