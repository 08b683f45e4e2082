/**
 * src/feed/shape.ts lists the feed's parts and keys for the feed editor's key order and for the
 * keys the validator says the widgets do not read; schema/feed.schema.json is the format. They
 * must name the same keys, part by part, in the same order. Needs dist/.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {CHILDREN, ORDER} from '../dist/feed/shape.js';

const schema = JSON.parse(readFileSync(new URL('../schema/feed.schema.json', import.meta.url), 'utf8'));
const defs = schema.$defs;
const keys = (def) => Object.keys(def.properties);

test('every part has the schema\'s keys, in the schema\'s order', () => {
  assert.deepEqual(ORDER.feed, keys(schema));
  assert.deepEqual(ORDER.event, keys(schema.properties.event));
  assert.deepEqual(ORDER.links, keys(defs.session.properties.links));
  for (const part of ['session', 'person', 'languages', 'location', 'registration', 'text']) assert.deepEqual(ORDER[part], keys(defs[part]), part);
});

test('each key that holds a part, a text or a list of them says so, as the schema does', () => {
  const refOf = (p) => (p.$ref ?? p.items?.$ref ?? '').replace('#/$defs/', '') + (p.type === 'array' ? '[]' : '');
  const from = (props) => Object.fromEntries(Object.entries(props).map(([k, p]) => [k, refOf(p)]).filter(([, r]) => /^(session|person|text|languages|location|registration)(\[\])?$/.test(r)));
  assert.deepEqual(CHILDREN.feed, {event: 'event', ...from(schema.properties)});
  assert.deepEqual(CHILDREN.event, from(schema.properties.event.properties));
  assert.deepEqual(CHILDREN.session, {...from(defs.session.properties), links: 'links'});
  assert.deepEqual(CHILDREN.person, from(defs.person.properties));
  assert.deepEqual(CHILDREN.location, from(defs.location.properties));
});
