/**
 * ECharts renders tooltips as HTML, and labels come from agency workbooks (field, operator names):
 * they are escaped so a name like `A&B <S.A.>` prints as written and can never inject markup.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
