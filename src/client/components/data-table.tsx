/**
 * A table of figures or statements: column headers, rows given as children, and a wrapper
 * that lets a wide table scroll on its own instead of widening the page.
 */
import type { ReactNode } from 'react';

interface DataTableProps {
  /** Visible caption; or name the table by a heading's id with `labelledBy`. */
  caption?: string;
  labelledBy?: string;
  headers: readonly string[];
  children: ReactNode;
}

export function DataTable({ caption, labelledBy, headers, children }: DataTableProps) {
  return (
    <div className="app-table-wrap">
      <table className="app-table" aria-labelledby={labelledBy}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
