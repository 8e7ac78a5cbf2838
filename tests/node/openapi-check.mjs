// Checks Webhook Studio's OpenAPI export with independent validators from
// npm: the document against the OpenAPI 3.1 schema
// (@seriousme/openapi-schema-validator), and each request body example
// against its own JSON Schema (Ajv, draft 2020-12, with formats).
// The YAML export is read by the validator's own YAML reader and must hold
// the same document as the JSON export.
// Usage: node openapi-check.mjs OPENAPI.json OPENAPI.yaml [SCHEMA.json ...]
// Prints {"document": {"valid", "errors"}, "yaml": {"valid", "same"},
// "examples": [{"name", "valid", "errors"}], "schemas": [{"file", "valid",
// "errors"}]}.
import { readFileSync } from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [documentPath, yamlPath, ...schemaPaths] = process.argv.slice(2);
const document = JSON.parse(readFileSync(documentPath, "utf8"));

const validator = new Validator();
const checked = await validator.validate(document);
const result = {
  document: { valid: checked.valid, errors: checked.valid ? [] : checked.errors },
  examples: [],
  schemas: [],
};

const yamlValidator = new Validator();
const yamlChecked = await yamlValidator.validate(yamlPath);
result.yaml = {
  valid: yamlChecked.valid,
  same: JSON.stringify(yamlValidator.specification) === JSON.stringify(document),
};

function compiler() {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

for (const [name, item] of Object.entries(document.webhooks || {})) {
  for (const operation of Object.values(item)) {
    const content = operation?.requestBody?.content || {};
    for (const media of Object.values(content)) {
      let validate;
      try {
        validate = compiler().compile(media.schema);
      } catch (error) {
        result.examples.push({ name, valid: false, errors: [String(error.message || error)] });
        continue;
      }
      for (const example of Object.values(media.examples || {})) {
        const valid = validate(example.value);
        result.examples.push({ name, valid, errors: valid ? [] : validate.errors });
      }
    }
  }
}

for (const file of schemaPaths) {
  try {
    compiler().compile(JSON.parse(readFileSync(file, "utf8")));
    result.schemas.push({ file, valid: true, errors: [] });
  } catch (error) {
    result.schemas.push({ file, valid: false, errors: [String(error.message || error)] });
  }
}

console.log(JSON.stringify(result));
