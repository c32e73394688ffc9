import { request } from "node:http"

export interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  text: string
  json: () => any
}

/**
 * One request exactly as given, bytes and all: axios and fetch would re-encode a malformed path or refuse a
 * body that is not valid UTF-8, which is the very input an attacker sends.
 */
export function rawRequest(
  baseUrl: string,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string | Buffer } = {}
): Promise<RawResponse> {
  const base = new URL(baseUrl)
  const body = options.body === undefined ? undefined : Buffer.isBuffer(options.body) ? options.body : Buffer.from(options.body)
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: base.hostname,
        port: base.port,
        method,
        path,
        headers: {
          ...(body ? { "content-type": "application/json", "content-length": String(body.length) } : {}),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on("data", (chunk: Buffer) => chunks.push(chunk))
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8")
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) })
        })
        res.on("error", reject)
      }
    )
    req.on("error", reject)
    if (body) req.write(body)
    req.end()
  })
}
