/** The numbers behind a chart, as rows of formatted cells for the accessible table under it. */
export interface DataTableModel {
  columns: string[]
  rows: string[][]
}
