/** One hostile request to send: what it is, and how to make its path, query and body. */
export interface HostileVariant {
  name: string
  param?: string
  query?: string
  body?: string | Buffer
}

const MEGABYTE = "a".repeat(1024 * 1024)
const nested = (depth: number): unknown => (depth === 0 ? "deep" : { x: nested(depth - 1) })

/** Ids an attacker tries in a path: bytes PostgreSQL refuses, malformed encodings, traversal, injection, size. */
export const HOSTILE_PARAMS: HostileVariant[] = [
  { name: "NUL in the id", param: "abc%00def" },
  { name: "malformed percent-encoding", param: "%E0%A4%A" },
  { name: "encoded lone surrogate", param: "%ED%A0%80" },
  { name: "control character", param: "a%0Db" },
  { name: "path traversal", param: "..%2F..%2Fetc%2Fpasswd" },
  { name: "SQL in the id", param: "'%20OR%201%3D1--" },
  { name: "LIKE wildcards", param: "%25_%25" },
  { name: "4,000-character id", param: "x".repeat(4000) },
]

/** Query strings that once reached the database unchecked. */
export const HOSTILE_QUERIES: HostileVariant[] = [
  { name: "negative offset and limit", query: "offset=-1&limit=-1" },
  { name: "limit past every integer", query: "limit=99999999999999999999&offset=1e308" },
  { name: "NUL in a search", query: "q=%00&email=%00&status=%00" },
  { name: "malformed encoding in a query", query: "q=%E0%A4%A" },
  { name: "arrays and objects where text goes", query: "q[]=a&q[]=b&status[$ne]=x&order[a][b]=c" },
  { name: "deeply nested query", query: `${"a".concat("[x]".repeat(40))}=1` },
  { name: "unknown fields in fields", query: "fields=*secret,+password_hash&expand=everything" },
  { name: "LIKE wildcards and SQL", query: "q=%25%25_%27%3B--&email=%25" },
]

/** Bodies that are not what any route expects, whatever fields it has. */
export function hostileBodies(fields: string[]): HostileVariant[] {
  const aimed = fields.length ? fields : ["email", "id"]
  const every = (value: unknown) => JSON.stringify(Object.fromEntries(aimed.map((f) => [f, value])))
  return [
    { name: "null body", body: "null" },
    { name: "array body", body: JSON.stringify([{ email: "a@example.com" }]) },
    { name: "string body", body: JSON.stringify("text") },
    { name: "broken JSON", body: '{"email": "a@example.com",' },
    { name: "not UTF-8", body: Buffer.from([0x7b, 0x22, 0x65, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) },
    { name: "unknown field only", body: JSON.stringify({ is_admin: true, role: "admin" }) },
    { name: "deep nesting", body: JSON.stringify(nested(200)) },
    { name: "1 MB string in every field", body: every(MEGABYTE) },
    { name: "20 KB string in every field", body: every(MEGABYTE.slice(0, 20_000)) },
    { name: "NUL in every field", body: every("a\u0000b@example.com") },
    { name: "lone surrogate in every field", body: every("x\ud800y") },
    { name: "null in every field", body: every(null) },
    { name: "object in every field", body: every({ $ne: null }) },
    { name: "array in every field", body: every(["a", "b"]) },
    { name: "huge number in every field", body: every(1e308) },
    { name: "negative number in every field", body: every(-1) },
    { name: "boolean in every field", body: every(true) },
  ]
}
