// Lints Cypher with Neo4j's own linter. stdin: {"schema": DbSchema, "queries": [{"name", "text"}]}
// stdout: [{"name", "diagnostics": [{"severity", "message", "start", "end"}]}]
import { lintCypherQuery } from "@neo4j-cypher/language-support";

let input = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) input += chunk;
const { schema, queries } = JSON.parse(input);
const out = queries.map(({ name, text }) => {
  const { diagnostics } = lintCypherQuery(text, schema);
  return {
    name,
    diagnostics: diagnostics.map((d) => ({
      severity: d.severity === 1 ? "error" : d.severity === 2 ? "warning" : "info",
      message: d.message,
      start: d.offsets?.start,
      end: d.offsets?.end,
    })),
  };
});
process.stdout.write(JSON.stringify(out));
