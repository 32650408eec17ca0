import type { Renderer } from '../../app/ports.ts';
import { CATEGORIES, type CrisisSignal } from '../../core/categories.ts';
import { hotlinesFor } from '../../core/directory/hotlines.ts';
import { type Directory, type Hotlines, localised, type Service } from '../../core/directory/schema.ts';
import { COMMANDS, type CommandName, type Input } from '../../core/flow/input.ts';
import type { Button, OpeningInfo, OutMessage, Reply } from '../../core/flow/message.ts';
import { baseLanguage, readsJapanese, windowName, windowNameLine } from '../../core/localised.ts';
import type { Texts } from '../i18n/texts.ts';
import {
  areasCard,
  needsConfirming,
  phoneOf,
  placesCard,
  routeIntro,
  serviceFacts,
} from './directory-cards.ts';
import {
  box,
  bubble,
  button,
  carousel,
  type Flex,
  flexMessage,
  postbackAction,
  separator,
  telAction,
  text,
} from './flex.ts';
import { clamp, LIMITS, MessageLimitError, requireWithin } from './limits.ts';

const MUTED = '#555555';
const ACCENT = '#06C755';

/** Folds what a resident types so it can be compared with commands and button labels. */
function fold(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s。、．，.,!！?？「」『』"'“”]/g, '');
}

/** Renders the engine's replies as LINE messages, in the resident's language, within LINE's limits. */
export function createLineRenderer(texts: Texts, directory: Directory, hotlineFile: Hotlines): Renderer {
  const services = new Map(directory.services.map((s) => [s.id, s]));
  const commandWords = new Map<string, CommandName>();
  const languageWords = new Map<string, string>();
  for (const locale of texts.locales) {
    for (const name of COMMANDS) {
      for (const word of texts.t(locale, `commands.${name}`).split('|')) commandWords.set(fold(word), name);
    }
    languageWords.set(fold(texts.t(locale, 'language.name')), locale);
  }

  const t = (locale: string, key: string, vars?: Record<string, string | number>) =>
    texts.t(locale, key, vars);
  const talkNowLine =
    hotlinesFor(hotlineFile, 'suicide').find((h) => h.verified && /24/.test(h.hours.ja)) ?? null;

  function serviceBubble(
    service: Service,
    locale: string,
    note?: string,
    opening?: OpeningInfo | null,
  ): Flex {
    const body: Flex[] = [];
    if (note) body.push(text(note, { size: 'xs', color: ACCENT, weight: 'bold' }));
    // Japanese first: residents say it at the counter; their own language beside it.
    const name = windowName(service.name, locale);
    body.push(text(name.ja, { weight: 'bold', size: 'lg' }));
    if (name.beside) body.push(text(name.beside, { size: 'sm', color: MUTED }));
    body.push(separator());
    body.push(text(t(locale, 'card.helpsWith'), { size: 'xs', color: MUTED, margin: 'md' }));
    body.push(text(helpsWith(service, locale), { size: 'sm' }));
    body.push(...serviceFacts(t, directory, service, locale, opening));
    if (needsConfirming(directory, service))
      body.push(text(t(locale, 'card.unverified'), { size: 'xxs', color: MUTED, margin: 'md' }));
    // A safety net under the lexicons: whoever is sent to a mental-health window also sees a line
    // they can call right now, in case triage missed how bad things are.
    const lifeline = service.categories.includes('mental_health') ? talkNowLine : null;
    if (lifeline) {
      body.push(
        text(
          t(locale, 'card.talkNow', {
            name: windowNameLine(lifeline.name, locale),
            phone: lifeline.phone,
            hours: localised(lifeline.hours, locale),
          }),
          { size: 'xs', margin: 'md', weight: 'bold' },
        ),
      );
    }
    const phone = phoneOf(service);
    const footer = phone ? [button(telAction(`${t(locale, 'card.call')} ${phone}`, phone), 'primary')] : [];
    return bubble(body, footer);
  }

  /** What a window helps with in the resident's language: the directory's words, else its topics. */
  function helpsWith(service: Service, locale: string): string {
    const own = service.description[locale] ?? service.description[baseLanguage(locale)];
    if (own || readsJapanese(locale)) return own ?? service.description.ja;
    return service.categories.map((c) => t(locale, `categories.${c}`)).join(' / ');
  }

  function service(id: unknown): Service {
    return services.get(String(id)) ?? (services.get(directory.generalServiceId) as Service);
  }

  /** The numbers for a danger, each with a button to call it, and the same as plain text. */
  function hotlineRows(signal: CrisisSignal | null, locale: string): { rows: Flex[]; alt: string } {
    const hotlines = hotlinesFor(hotlineFile, signal);
    const rows = hotlines.flatMap((h) => [
      text(windowNameLine(h.name, locale), { weight: 'bold', size: 'sm', margin: 'md' }),
      text(`${h.phone}  ${localised(h.hours, locale)}`, { size: 'xs', color: MUTED }),
      // iPhones refuse tel: links with # (#8008): such a number is shown to dial by hand.
      ...(h.phone.startsWith('#')
        ? []
        : [
            button(
              telAction(`${t(locale, 'card.call')} ${h.phone}`, h.phone),
              h.phone.length <= 3 ? 'primary' : 'secondary',
            ),
          ]),
    ]);
    if (hotlines.some((h) => !h.verified))
      rows.push(text(t(locale, 'hotlines.unverified'), { size: 'xxs', color: MUTED }));
    return { rows, alt: hotlines.map((h) => `${windowNameLine(h.name, locale)} ${h.phone}`).join(', ') };
  }

  /** The numbers for a danger hinted at too faintly for the crisis card, as a bubble beside the answer. */
  function justInCase(signal: CrisisSignal, locale: string): { bubble: Flex; alt: string } {
    const { rows, alt } = hotlineRows(signal, locale);
    const title = t(locale, 'card.justInCase');
    return {
      bubble: bubble([text(title, { weight: 'bold', size: 'md' }), ...rows]),
      alt: `${title}: ${alt}`,
    };
  }

  function card(
    message: Exclude<OutMessage, { type: 'text' }>,
    locale: string,
    data: Record<string, unknown>,
  ): Flex {
    switch (message.type) {
      case 'window': {
        const s = service(message.serviceId);
        const window = serviceBubble(s, locale, undefined, message.opening);
        if (!message.justInCase) return flexMessage(windowNameLine(s.name, locale), window);
        const numbers = justInCase(message.justInCase, locale);
        return flexMessage(
          `${windowNameLine(s.name, locale)} · ${numbers.alt}`,
          carousel([window, numbers.bubble]),
        );
      }
      case 'route': {
        const ids = [...message.serviceIds];
        const coordinator =
          message.coordinatorServiceId !== undefined
            ? message.coordinatorServiceId
            : typeof data.coordinatorServiceId === 'string'
              ? data.coordinatorServiceId
              : null;
        const opening = (id: string) => message.openings?.[id];
        const bubbles = ids.map((id) => serviceBubble(service(id), locale, undefined, opening(id)));
        const joinedBy = coordinator && !ids.includes(coordinator) ? coordinator : null;
        // Several windows get a first bubble saying which part of the concern each one takes.
        if (joinedBy || ids.length > 1) {
          bubbles.unshift(routeIntro(t, directory, locale, ids, message.categories ?? [], joinedBy));
        }
        if (coordinator && !ids.includes(coordinator)) {
          bubbles.push(
            serviceBubble(service(coordinator), locale, t(locale, 'card.coordinator'), opening(coordinator)),
          );
        }
        const net = message.safetyNetServiceId;
        if (net) bubbles.push(serviceBubble(service(net), locale, t(locale, 'card.safetyNet'), opening(net)));
        const names = [...ids, ...(coordinator ? [coordinator] : []), ...(net ? [net] : [])].map((id) =>
          windowNameLine(service(id).name, locale),
        );
        let alt = `${t(locale, 'card.routeTitle')}: ${names.join(' / ')}`;
        if (message.justInCase) {
          const numbers = justInCase(message.justInCase, locale);
          bubbles.push(numbers.bubble);
          alt += ` · ${numbers.alt}`;
        }
        return flexMessage(alt, carousel(bubbles));
      }
      case 'categories': {
        const buttons = CATEGORIES.map((code) =>
          button(postbackAction(t(locale, `categories.${code}`), `cat:${code}`), 'secondary'),
        );
        return flexMessage(
          t(locale, 'categories.title'),
          bubble([
            text(t(locale, 'categories.title'), { weight: 'bold', size: 'lg' }),
            box(buttons, { spacing: 'xs' }),
          ]),
        );
      }
      case 'hotlines': {
        const { alt, rows } = hotlineRows(message.signal ?? null, locale);
        return flexMessage(
          `${t(locale, 'hotlines.title')}: ${alt}`,
          bubble([text(t(locale, 'hotlines.title'), { weight: 'bold', size: 'lg' }), ...rows]),
        );
      }
      case 'consent': {
        const primary = service(data.serviceId);
        const coordinator =
          typeof data.coordinatorServiceId === 'string' ? service(data.coordinatorServiceId) : null;
        const body: Flex[] = [
          text(t(locale, 'consent.title'), { weight: 'bold', size: 'lg' }),
          text(t(locale, 'consent.sharedWith'), { size: 'xs', color: MUTED, margin: 'md' }),
          text(windowNameLine(primary.name, locale), { size: 'sm', weight: 'bold' }),
        ];
        if (coordinator && coordinator.id !== primary.id) {
          body.push(text(windowNameLine(coordinator.name, locale), { size: 'sm', weight: 'bold' }));
          body.push(text(t(locale, 'consent.coordinator'), { size: 'xs', color: MUTED }));
        }
        body.push(
          text(t(locale, 'consent.whatShared'), { size: 'xs', color: MUTED, margin: 'md' }),
          text(t(locale, 'consent.whatSharedItems'), { size: 'sm' }),
          separator(),
          text(t(locale, 'consent.keep'), { size: 'xs', margin: 'md' }),
          text(t(locale, 'consent.withdraw'), { size: 'xs' }),
        );
        return flexMessage(t(locale, 'consent.title'), bubble(body));
      }
      case 'places':
        return placesCard(t, directory, locale, message.places, (s, note, opening) =>
          serviceBubble(s, locale, note, opening),
        );
      case 'areas':
        return areasCard(t, directory, locale);
    }
  }

  function quickReply(buttons: Button[], locale: string): Flex | undefined {
    if (buttons.length === 0) return undefined;
    if (buttons.length > LIMITS.quickReplyItems)
      throw new MessageLimitError(`${buttons.length} quick replies`);
    const items = buttons.map((b) => {
      if (b.type === 'location') {
        return {
          type: 'action',
          action: { type: 'location', label: clamp(t(locale, b.label), LIMITS.quickReplyLabel) },
        };
      }
      const label = t(b.lng ?? locale, b.label);
      return { type: 'action', action: postbackAction(label, b.value, LIMITS.quickReplyLabel) };
    });
    return { items };
  }

  return {
    locales: texts.locales,
    localeFor: (tag) => texts.localeFor(tag),

    render(reply: Reply, locale: string, data: Record<string, unknown>): unknown[] {
      const built: Flex[] = [];
      for (const message of reply.messages) {
        if (message.type === 'text') {
          const value = clamp(t(locale, message.key, message.vars), LIMITS.text);
          const last = built.at(-1);
          // Beyond five messages, neighbouring texts are joined rather than dropped.
          if (reply.messages.length > LIMITS.messagesPerCall && last?.type === 'text') {
            last.text = clamp(`${last.text}\n\n${value}`, LIMITS.text);
          } else {
            built.push({ type: 'text', text: value });
          }
        } else {
          built.push(card(message, locale, data));
        }
      }
      if (built.length > LIMITS.messagesPerCall)
        throw new MessageLimitError(`${built.length} messages in one reply`);
      const quick = quickReply(reply.buttons, locale);
      const last = built.at(-1);
      if (quick && last) last.quickReply = quick;
      return built;
    },

    interpret(typed: string, locale: string, buttons: { label: string; value: string }[]): Input | null {
      const folded = fold(typed);
      if (!folded) return null;
      const command = commandWords.get(folded);
      if (command) return { type: 'command', name: command };
      const language = languageWords.get(folded);
      if (language) return { type: 'choice', value: `lang:${language}` };
      const chosen = buttons.find((b) => fold(t(locale, b.label)) === folded);
      return chosen
        ? { type: 'choice', value: requireWithin(chosen.value, LIMITS.postbackData, 'choice') }
        : null;
    },
  };
}
