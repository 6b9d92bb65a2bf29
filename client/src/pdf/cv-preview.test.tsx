import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildCvDocument } from "./cv-document";
import { CvPreview } from "./cv-preview";
import { sampleCvPortfolio } from "./testing/sample-portfolio";

describe("the CV preview", () => {
  it.each(["classic", "two-column", "europass"] as const)(
    "shows the %s CV with headings and lists, in the CV's language",
    (template) => {
      const { records, cv } = sampleCvPortfolio();
      const model = buildCvDocument({ ...cv, template, language: "en" }, records);
      render(<CvPreview model={model} label="CV preview" />);
      const preview = screen.getByRole("article", { name: "CV preview" });
      expect(preview.getAttribute("lang")).toBe("en");
      expect(within(preview).getByRole("heading", { level: 2 }).textContent).toBe(
        "Ελένη Dvořák-Straße",
      );
      const sections = within(preview).getAllByRole("heading", { level: 3 });
      expect(sections.map((heading) => heading.textContent)).toEqual(
        expect.arrayContaining(["Experience", "Skills", "Languages"]),
      );
      const titles = within(preview)
        .getAllByRole("heading", { level: 4 })
        .map((heading) => heading.textContent);
      expect(titles).toContain(records.experiences[0]?.title);
      expect(within(preview).getAllByRole("list").length).toBeGreaterThan(3);
    },
  );
});
