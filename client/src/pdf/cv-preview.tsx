import type { DocumentEntry, DocumentModel, DocumentSection } from "./document-model";
import "./cv-preview.css";

/**
 * The HTML rendering of a document model, for the live preview in the CV builder: the same
 * content and order as the PDF, laid out by template in CSS. Headings start at h2 because the
 * preview sits inside a screen that has its own h1; `headingLevel` moves them for a standalone page.
 */
export function CvPreview({
  model,
  headingLevel = 2,
  label,
}: {
  model: DocumentModel;
  headingLevel?: 1 | 2;
  /** The region's accessible name ("Aperçu du CV"), in the interface's language. */
  label?: string;
}) {
  const Name = headingLevel === 1 ? "h1" : "h2";
  const Section = headingLevel === 1 ? "h2" : "h3";
  const Entry = headingLevel === 1 ? "h3" : "h4";
  const side = model.template === "two-column";
  const isSide = (section: DocumentSection) =>
    side && (section.kind === "competencies" || section.kind === "languages");
  const renderSection = (section: DocumentSection) => (
    <section key={section.kind} className={`cv-section cv-section-${section.kind}`}>
      <Section className="cv-section-heading">{section.heading}</Section>
      {section.entries.map((entry) => (
        <EntryBlock key={entry.key} entry={entry} Heading={Entry} />
      ))}
    </section>
  );
  return (
    <article
      className={`cv-preview cv-preview-${model.template}`}
      lang={model.lang}
      aria-label={label}
    >
      <header className="cv-person">
        <Name className="cv-name">{model.person.name || model.title}</Name>
        {model.person.headline && <p className="cv-headline">{model.person.headline}</p>}
        {!side && model.person.contact.length > 0 && (
          <p className="cv-contact">{model.person.contact.join(" · ")}</p>
        )}
      </header>
      {side && (
        <div className="cv-side">
          {model.person.contact.length > 0 && (
            <ul className="cv-contact-list">
              {model.person.contact.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          {model.sections.filter(isSide).map(renderSection)}
        </div>
      )}
      <div className="cv-main">
        {model.sections.filter((section) => !isSide(section)).map(renderSection)}
      </div>
    </article>
  );
}

function EntryBlock({ entry, Heading }: { entry: DocumentEntry; Heading: "h3" | "h4" }) {
  return (
    <div className="cv-entry">
      {entry.dates && <p className="cv-dates">{entry.dates}</p>}
      <div className="cv-entry-body">
        {entry.title && <Heading className="cv-entry-title">{entry.title}</Heading>}
        {entry.subtitle && <p className="cv-subtitle">{entry.subtitle}</p>}
        {entry.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {entry.bullets.length > 0 && (
          <ul>
            {entry.bullets.map((bullet, index) => (
              // Two activities may read the same; their place keeps them apart.
              // biome-ignore lint/suspicious/noArrayIndexKey: static list, never reordered
              <li key={index}>{bullet}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
