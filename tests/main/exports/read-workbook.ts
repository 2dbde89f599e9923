import ExcelJS from 'exceljs';

/** A produced workbook read back with exceljs, as a reviewer would open it. */
export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

export function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`Falta la hoja ${name}; hay: ${workbook.worksheets.map((w) => w.name).join(', ')}`);
  return found;
}

/** Every row's values from `from` on, as plain arrays (exceljs's row.values is 1-based). */
export function rowValues(worksheet: ExcelJS.Worksheet, from = 1): unknown[][] {
  const rows: unknown[][] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, number) => {
    if (number >= from) rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

/** The rows of a two-column "Concepto | Valor" table as a map. */
export function keyValues(worksheet: ExcelJS.Worksheet): Map<string, unknown> {
  const map = new Map<string, unknown>();
  worksheet.eachRow((row) => {
    const key = row.getCell(1).value;
    if (typeof key === 'string') map.set(key, row.getCell(2).value);
  });
  return map;
}
