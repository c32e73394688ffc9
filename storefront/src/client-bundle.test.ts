import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import ts from "typescript"
import { describe, expect, it } from "vitest"

// Every module a "use client" component reaches is sent to the browser. The root of @biome/shared carries the
// Markdown pipeline and the claims vocabulary (about 50 KB gzipped, measured on the product page's first load),
// so the browser's modules take values only from @biome/shared/commerce. Types cost nothing and may come from
// either entry.

const SRC = resolve(__dirname)

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

const directive = (source: ts.SourceFile, name: string) =>
  source.statements.some(
    (statement) => ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression) && statement.expression.text === name
  )

function localModule(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? join(SRC, specifier.slice(2))
    : specifier.startsWith(".")
      ? resolve(dirname(from), specifier)
      : null
  if (!base) return null
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return null
}

/** The specifiers a module takes runtime values from, with the names it takes (type-only imports left out). */
function runtimeImports(source: ts.SourceFile): { specifier: string; names: string[] }[] {
  const found: { specifier: string; names: string[] }[] = []
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause
      if (clause?.isTypeOnly) continue
      const names: string[] = []
      if (clause?.name) names.push(clause.name.text)
      const bindings = clause?.namedBindings
      if (bindings && ts.isNamespaceImport(bindings)) names.push(`* as ${bindings.name.text}`)
      if (bindings && ts.isNamedImports(bindings)) names.push(...bindings.elements.filter((e) => !e.isTypeOnly).map((e) => e.name.text))
      // `import "x"` and `import {} from "x"` still run the module.
      if (names.length || !clause || (bindings && ts.isNamedImports(bindings) && bindings.elements.length === 0)) {
        found.push({ specifier: statement.moduleSpecifier.text, names })
      }
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      if (statement.isTypeOnly) continue
      const clause = statement.exportClause
      const names = clause && ts.isNamedExports(clause) ? clause.elements.filter((e) => !e.isTypeOnly).map((e) => e.name.text) : ["*"]
      if (names.length) found.push({ specifier: statement.moduleSpecifier.text, names })
    }
  }
  return found
}

/** Each module the browser loads, from the "use client" components through their imports; "use server" modules reach the browser as references only. */
function browserModules(): Map<string, ts.SourceFile> {
  const parse = (path: string) => ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, false)
  const roots = sourceFiles(SRC).filter((path) => directive(parse(path), "use client"))
  const reached = new Map<string, ts.SourceFile>()
  const queue = [...roots]
  while (queue.length) {
    const path = queue.pop() as string
    if (reached.has(path)) continue
    const source = parse(path)
    if (directive(source, "use server")) continue
    reached.set(path, source)
    for (const { specifier } of runtimeImports(source)) {
      const next = localModule(path, specifier)
      if (next) queue.push(next)
    }
  }
  return reached
}

describe("the browser's JavaScript", () => {
  it("starts from the client components the product page and the portal hydrate", () => {
    const names = [...browserModules().keys()].map((path) => relative(SRC, path))
    expect(names).toEqual(
      expect.arrayContaining([
        "modules/products/components/purchase-form.tsx",
        "modules/products/components/add-to-next-delivery.tsx",
        "lib/catalog.ts",
        "lib/subscriptions.ts",
      ])
    )
    // A server action is a reference in the browser: its module and what it imports stay on the server.
    expect(names).not.toContain("lib/actions/cart.ts")
  })

  it("takes values from @biome/shared/commerce only, never from the package root", () => {
    const offending = [...browserModules()].flatMap(([path, source]) =>
      runtimeImports(source)
        .filter(({ specifier }) => specifier === "@biome/shared")
        .map(({ names }) => `${relative(SRC, path)}: ${names.join(", ")}`)
    )
    expect(offending).toEqual([])
  })

  it("would notice a runtime import from the package root, but not a type-only one", () => {
    const read = (text: string) => runtimeImports(ts.createSourceFile("probe.ts", text, ts.ScriptTarget.Latest, false))
    expect(read('import { renderGuideMarkdown } from "@biome/shared"')).toEqual([
      { specifier: "@biome/shared", names: ["renderGuideMarkdown"] },
    ])
    expect(read('export { countMarkedClaims } from "@biome/shared"')).toEqual([
      { specifier: "@biome/shared", names: ["countMarkedClaims"] },
    ])
    expect(read('export * from "@biome/shared"')).toEqual([{ specifier: "@biome/shared", names: ["*"] }])
    expect(read('import type { Guide } from "@biome/shared"')).toEqual([])
    expect(read('import { type Guide } from "@biome/shared"')).toEqual([])
    expect(read('export type { Guide } from "@biome/shared"')).toEqual([])
  })
})
