"use client";

/**
 * The last resort, when the root layout itself failed: it replaces the whole document, so it has
 * neither the app's messages nor its stylesheet — both languages, French first, styled inline.
 * Without a file of its own Next.js showed its English "Application error" page.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: 0, padding: "3rem 1rem", color: "#1b2430", background: "#fbfaf7" }}>
        <main style={{ maxWidth: "40rem", margin: "0 auto" }}>
          <h1 style={{ fontSize: "1.875rem", color: "#0a3552" }}>Une erreur est survenue</h1>
          <p style={{ fontSize: "1.125rem" }}>{"La page n'a pas pu s'afficher. Réessayez ; si l'erreur revient, rechargez la page."}</p>
          <p lang="en" style={{ fontSize: "1rem", color: "#45556c" }}>
            Something went wrong: the page could not be shown. Try again; if it happens again, reload the page.
          </p>
          <button
            type="button"
            onClick={reset}
            style={{
              marginTop: "1.5rem",
              padding: "0.5rem 1rem",
              fontSize: "1rem",
              fontWeight: 600,
              color: "#fff",
              background: "#0b4a72",
              border: 0,
              borderRadius: "0.375rem",
            }}
          >
            Réessayer · Try again
          </button>
        </main>
      </body>
    </html>
  );
}
