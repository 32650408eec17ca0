import { describe, expect, it } from 'vitest';
import { lineMessageErrors, lineSchemaErrors } from './line-openapi.ts';

function postback(label: string, data: unknown): Record<string, unknown> {
  return { type: 'action', action: { type: 'postback', label, data, displayText: label } };
}

function textWithQuickReply(items: unknown[]): Record<string, unknown> {
  return { type: 'text', text: 'ご相談の内容を選んでください', quickReply: { items } };
}

function flexWithBodyContents(contents: unknown[]): Record<string, unknown> {
  return {
    type: 'flex',
    altText: '相談窓口のご案内',
    contents: { type: 'bubble', body: { type: 'box', layout: 'vertical', contents } },
  };
}

const callButton = {
  type: 'button',
  style: 'primary',
  action: { type: 'uri', label: '電話する', uri: 'tel:0120000000' },
};

describe('lineMessageErrors', () => {
  it('accepts a text message with a quick reply of postback actions', () => {
    const message = textWithQuickReply([
      postback('生活費', 'topic=living'),
      postback('住まい', 'topic=housing'),
    ]);
    expect(lineMessageErrors(message)).toEqual([]);
  });

  it('accepts a flex bubble with text and a tel: URI button', () => {
    const message = flexWithBodyContents([{ type: 'text', text: '福祉課 相談窓口', wrap: true }, callButton]);
    expect(lineMessageErrors(message)).toEqual([]);
  });

  it('rejects a flex component of unknown type', () => {
    const errors = lineMessageErrors(flexWithBodyContents([{ type: 'banner', text: '?' }, callButton]));
    expect(errors).toContainEqual(
      expect.stringMatching(/^\/contents\/body\/contents\/0\/type .*allowed values/),
    );
  });

  it('rejects a text message without text', () => {
    expect(lineMessageErrors({ type: 'text' })).toContain("/ must have required property 'text'");
  });

  it('rejects a flex button whose action lacks its required type', () => {
    const button = { type: 'button', action: { label: '電話する', uri: 'tel:0120000000' } };
    const errors = lineMessageErrors(flexWithBodyContents([button]));
    expect(errors).toContain("/contents/body/contents/0/action must have required property 'type'");
  });

  it('rejects postback actions with invalid data inside a quick reply', () => {
    const errors = lineMessageErrors(
      textWithQuickReply([postback('長すぎ', 'x'.repeat(301)), postback('数値', 1)]),
    );
    expect(errors).toContain('/quickReply/items/0/action/data must NOT have more than 300 characters');
    expect(errors).toContain('/quickReply/items/1/action/data must be string');
  });

  it('rejects an unknown message type', () => {
    const errors = lineMessageErrors({ type: 'hologram', text: 'hi' });
    expect(errors).toContainEqual(expect.stringMatching(/^\/type .*allowed values: text,/));
  });
});

describe('lineSchemaErrors', () => {
  const messages = [{ type: 'text', text: 'こんにちは' }];

  it('accepts a valid ReplyMessageRequest', () => {
    expect(lineSchemaErrors('ReplyMessageRequest', { replyToken: 'token', messages })).toEqual([]);
  });

  it('rejects a ReplyMessageRequest whose messages is not an array', () => {
    const errors = lineSchemaErrors('ReplyMessageRequest', { replyToken: 'token', messages: messages[0] });
    expect(errors).toContain('/messages must be array');
  });

  it('validates messages nested in a PushMessageRequest', () => {
    const errors = lineSchemaErrors('PushMessageRequest', { to: 'U123', messages: [{ type: 'text' }] });
    expect(errors).toContain("/messages/0 must have required property 'text'");
  });

  it('throws on a schema name the spec does not define', () => {
    expect(() => lineSchemaErrors('NoSuchSchema', {})).toThrow(/NoSuchSchema/);
  });
});
