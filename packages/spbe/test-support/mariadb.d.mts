export interface TemporaryMariaDb {
  port: number;
  socket: string;
  dir: string;
  uri(database: string): string;
  stop(): Promise<void>;
}
export function startMariaDb(): Promise<TemporaryMariaDb>;
export function loadSql(
  db: TemporaryMariaDb,
  database: string,
  sql: string,
  options?: { append?: boolean },
): Promise<void>;
