"use client";

import { useSyncExternalStore } from "react";

/**
 * Its own words in the three languages, not the catalogs: this page replaces the root layout,
 * so no message provider is around it (and loading catalogs is what may have failed). The
 * browser's language picks them once in the browser; the server render says it in English.
 */
const TEXT = {
  en: { title: "Switchboard could not load this page", body: "Something went wrong on our side. Your messages are safe.", retry: "Try again" },
  fr: { title: "Switchboard n’a pas pu charger cette page", body: "Un problème est survenu de notre côté. Vos messages sont en sécurité.", retry: "Réessayer" },
  es: { title: "Switchboard no pudo cargar esta página", body: "Algo salió mal por nuestra parte. Tus mensajes están a salvo.", retry: "Reintentar" },
} as const;
type Lang = keyof typeof TEXT;

const noSubscription = () => () => {};
const browserLang = (): Lang => {
  const primary = navigator.language.slice(0, 2).toLowerCase();
  return primary === "fr" || primary === "es" ? primary : "en";
};

// Last resort when the root layout itself fails: a plain page with a way out, never a stack.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const lang = useSyncExternalStore(noSubscription, browserLang, () => "en" as Lang);
  const text = TEXT[lang];
  return (
    <html lang={lang}>
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", color: "#111827" }}>
        <h1 style={{ fontSize: "1.25rem", fontWeight: 600 }}>{text.title}</h1>
        <p>{text.body}</p>
        <button type="button" onClick={() => reset()} style={{ marginTop: "1rem", padding: "0.5rem 1rem" }}>
          {text.retry}
        </button>
      </body>
    </html>
  );
}
