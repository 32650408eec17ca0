/**
 * The local LINE simulator page.
 *
 * In development there is no LINE account, so the server serves this chat page instead. It behaves like
 * the LINE app for one resident: it sends webhook-like events to `POST /simulator/api/send`, polls
 * `GET /simulator/api/messages` for the Messaging API message objects the bot sent, and renders them
 * (text, flex, template, sticker, image, quick replies) without loading anything external.
 *
 * The page is built from three plain strings. The embedded script is written with `String.raw` and
 * deliberately contains no backticks and no dollar-brace sequences, so nothing in it is interpolated
 * by TypeScript and its regular expressions keep their backslashes. All message content is inserted
 * with `textContent` / `createElement`, never `innerHTML`.
 */

/** The simulator's single HTML page: inline CSS and JS, no external resources. */
export function simulatorPage(): string {
  return PAGE;
}

const STYLES = `
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
html, body { margin: 0; height: 100%; }
body {
  display: flex;
  flex-direction: column;
  height: 100vh;
  height: 100dvh;
  font-family: system-ui, -apple-system, "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP",
    "Noto Sans JP", "Yu Gothic UI", Meiryo, sans-serif;
  font-size: 17px;
  line-height: 1.5;
  color: #111;
  background: #a9bfe0;
}
button, input, select, textarea { font: inherit; color: inherit; }
button { cursor: pointer; }
:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }

/* Header */
.app-header {
  flex: 0 0 auto;
  background: #1f2b3d;
  color: #fff;
  padding: 8px 12px 10px;
}
.header-top { display: flex; flex-wrap: wrap; align-items: flex-end; justify-content: space-between; gap: 6px 10px; }
.app-header h1 { margin: 0 0 6px; font-size: 20px; line-height: 1.3; }
.language-field { display: flex; flex-direction: column; width: 168px; font-size: 13px; color: #dbe3ef; }
.language-field select {
  min-height: 44px;
  width: 100%;
  padding: 4px 8px;
  border-radius: 8px;
  border: 1px solid #8fa0b8;
  background: #fff;
  color: #111;
  font-size: 17px;
}
.header-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.header-actions button {
  flex: 1 1 0px;
  display: flex;
  flex-direction: column;
  align-items: center;
  justify-content: center;
  min-width: 96px;
  min-height: 48px;
  padding: 4px 6px;
  border-radius: 10px;
  border: 1px solid #c9d3e1;
  background: #fff;
  color: #1f2b3d;
  font-size: 15px;
  font-weight: 600;
  line-height: 1.25;
}
.header-actions button.danger { color: #9b1c1c; }
.header-actions .en { font-size: 13px; font-weight: 500; }
.user-id {
  margin-top: 6px;
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  font-size: 12px;
  color: #c3cedd;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
}

/* Error banner */
.banner {
  flex: 0 0 auto;
  display: flex;
  align-items: center;
  gap: 8px;
  padding: 6px 8px 6px 12px;
  background: #fde8e8;
  color: #7a1010;
  border-bottom: 2px solid #d64545;
  font-size: 15px;
}
.banner span { flex: 1 1 auto; overflow-wrap: anywhere; }
.banner button {
  flex: 0 0 auto;
  min-width: 44px;
  min-height: 44px;
  border: 0;
  background: transparent;
  color: #7a1010;
  font-size: 22px;
}

/* Chat */
.chat { flex: 1 1 auto; overflow-y: auto; padding: 10px 8px 14px; background: #a9bfe0; }
.empty-hint {
  margin: 24px auto;
  max-width: 320px;
  text-align: center;
  color: #14233b;
  font-size: 16px;
  white-space: pre-line;
}
.row { display: flex; gap: 6px; margin: 10px 0; }
.row.resident { justify-content: flex-end; align-items: flex-end; }
.row.bot { justify-content: flex-start; align-items: flex-start; }
.avatar {
  flex: 0 0 38px;
  width: 38px;
  height: 38px;
  border-radius: 50%;
  background: #fff;
  display: flex;
  align-items: center;
  justify-content: center;
  font-size: 21px;
}
.bot-column { display: flex; flex-direction: column; min-width: 0; max-width: calc(100% - 44px); }
.sender { font-size: 13px; color: #14233b; margin: 0 0 2px 4px; }
.bot-line { display: flex; align-items: flex-end; gap: 4px; min-width: 0; }
.time { flex: 0 0 auto; font-size: 12px; color: #14233b; }
.failed-label { flex: 0 0 auto; font-size: 12px; color: #8a1010; font-weight: 700; }
.bubble {
  max-width: min(78vw, 520px);
  padding: 9px 13px;
  border-radius: 18px;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}
.bot .bubble { background: #fff; color: #111; border-top-left-radius: 4px; }
.resident .bubble { background: #8de055; color: #0b1a05; border-top-right-radius: 4px; }
.bubble a { color: #0b4fb3; text-decoration: underline; }
.resident .bubble a { color: #0a3a86; }
.note {
  width: fit-content;
  max-width: 92%;
  margin: 10px auto;
  padding: 4px 12px;
  border-radius: 14px;
  background: rgba(20, 35, 59, 0.72);
  color: #fff;
  font-size: 14px;
  text-align: center;
  overflow-wrap: anywhere;
}
.sticker { font-size: 64px; line-height: 1.1; padding: 2px 4px; }
.sticker small { display: block; font-size: 12px; color: #14233b; text-align: center; }
.photo-placeholder {
  width: 180px;
  height: 135px;
  border-radius: 14px;
  display: flex;
  align-items: center;
  justify-content: center;
  text-align: center;
  padding: 8px;
  background: repeating-linear-gradient(45deg, #eef1f5, #eef1f5 10px, #e0e5ec 10px, #e0e5ec 20px);
  color: #3d4859;
  font-size: 15px;
  border: 1px solid #c7cfdb;
}
.location-card {
  width: 240px;
  max-width: 100%;
  border-radius: 14px;
  overflow: hidden;
  background: #fff;
  border: 1px solid #c7cfdb;
}
.location-card .map {
  height: 70px;
  display: flex;
  align-items: center;
  justify-content: center;
  font-size: 30px;
  background: repeating-linear-gradient(0deg, #dfe9d8, #dfe9d8 12px, #d2e0ca 12px, #d2e0ca 14px);
}
.location-card .details { padding: 8px 12px; }
.location-card .title { font-weight: 700; }
.location-card .address { font-size: 15px; color: #333; }
.location-card .coords { font-size: 13px; color: #4a5566; font-family: ui-monospace, Menlo, Consolas, monospace; }
.with-alt { display: flex; flex-direction: column; min-width: 0; }
.alt-text { margin: 3px 4px 0; font-size: 12px; color: #14233b; overflow-wrap: anywhere; }

/* Flex messages */
.flex-carousel {
  display: flex;
  gap: 8px;
  min-width: 0;
  overflow-x: auto;
  padding-bottom: 6px;
  scroll-snap-type: x proximity;
  scrollbar-width: thin;
}
.flex-bubble {
  flex: 0 0 auto;
  display: flex;
  flex-direction: column;
  width: 300px;
  max-width: calc(100vw - 96px);
  background: #fff;
  color: #111;
  border-radius: 16px;
  overflow: hidden;
  scroll-snap-align: start;
}
.flex-bubble.size-nano { width: 120px; }
.flex-bubble.size-micro { width: 160px; }
.flex-bubble.size-deca { width: 220px; }
.flex-bubble.size-hecto { width: 241px; }
.flex-bubble.size-kilo { width: 260px; }
.flex-bubble.size-giga { width: 500px; }
.flex-section { display: flex; flex-direction: column; }
.flex-box { display: flex; min-width: 0; position: relative; }
.flex-box.vertical { flex-direction: column; }
.flex-box.horizontal { flex-direction: row; }
.flex-box.baseline { flex-direction: row; align-items: baseline; }
.flex-text { min-width: 0; font-size: 17px; line-height: 1.45; }
.flex-text.wrap { white-space: pre-wrap; overflow-wrap: anywhere; }
.flex-text.nowrap { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.flex-text.clamped { display: -webkit-box; -webkit-box-orient: vertical; overflow: hidden; }
.flex-button {
  min-width: 0;
  min-height: 52px;
  padding: 8px 12px;
  border: 0;
  border-radius: 10px;
  font-size: 17px;
  font-weight: 700;
  line-height: 1.3;
  overflow-wrap: anywhere;
}
.flex-button.small { min-height: 44px; }
.flex-button.primary { background: #06893a; color: #fff; }
.flex-button.secondary { background: #e3e7ec; color: #111; }
.flex-button.link { background: transparent; color: #1d4f9c; }
.flex-separator { align-self: stretch; border-top: 1px solid #d4d8de; }
.flex-separator.vertical-line { border-top: 0; border-left: 1px solid #d4d8de; }
.flex-filler { flex: 1 1 0px; }
.flex-image {
  display: flex;
  align-items: center;
  justify-content: center;
  max-width: 100%;
  min-height: 28px;
  overflow: hidden;
  background: repeating-linear-gradient(45deg, #eef1f5, #eef1f5 10px, #e0e5ec 10px, #e0e5ec 20px);
  color: #3d4859;
  font-size: 13px;
  text-align: center;
}
.flex-icon {
  display: inline-block;
  flex: 0 0 auto;
  width: 1em;
  height: 1em;
  margin-right: 4px;
  border-radius: 3px;
  background: #c2cad6;
}
.flex-unknown {
  align-self: flex-start;
  margin: 2px 0;
  padding: 2px 6px;
  border: 1px dashed #9aa3af;
  border-radius: 4px;
  background: #f1f3f5;
  color: #4a4f57;
  font-size: 13px;
}
.actionable { cursor: pointer; }
.template-body { padding: 14px 16px 8px; }
.template-title { font-weight: 700; font-size: 18px; margin-bottom: 4px; }
.template-text { white-space: pre-wrap; overflow-wrap: anywhere; }
.template-actions { display: flex; flex-direction: column; border-top: 1px solid #e1e4e8; }
.template-actions.confirm { flex-direction: row; }
.template-actions .flex-button { flex: 1 1 0px; border-radius: 0; }
.template-actions .flex-button + .flex-button { border-top: 1px solid #e1e4e8; }
.template-actions.confirm .flex-button + .flex-button { border-top: 0; border-left: 1px solid #e1e4e8; }

/* Quick replies */
.quick-replies {
  flex: 0 0 auto;
  display: flex;
  gap: 8px;
  overflow-x: auto;
  padding: 8px;
  background: #d7e1f0;
  border-top: 1px solid #b5c4db;
  scrollbar-width: thin;
}
.chip {
  flex: 0 0 auto;
  min-height: 44px;
  max-width: 80vw;
  padding: 6px 16px;
  border-radius: 22px;
  border: 2px solid #06893a;
  background: #fff;
  color: #055c27;
  font-size: 16px;
  font-weight: 700;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
}

/* Composer */
.composer {
  flex: 0 0 auto;
  padding: 8px 8px max(8px, env(safe-area-inset-bottom));
  background: #fff;
  border-top: 1px solid #c3ccd9;
}
.composer-tools { display: flex; gap: 6px; margin-bottom: 8px; }
.tool {
  flex: 1 1 0px;
  min-height: 44px;
  padding: 4px 6px;
  border-radius: 10px;
  border: 1px solid #b9c2cf;
  background: #f3f5f8;
  color: #1b2533;
  font-size: 15px;
  white-space: nowrap;
}
.composer-row { display: flex; gap: 8px; align-items: flex-end; }
.composer textarea {
  flex: 1 1 auto;
  min-width: 0;
  min-height: 48px;
  max-height: 150px;
  padding: 10px 14px;
  border-radius: 22px;
  border: 1.5px solid #8e9aad;
  background: #fff;
  line-height: 1.4;
  resize: none;
}
.send-button {
  flex: 0 0 auto;
  min-width: 72px;
  min-height: 48px;
  border: 0;
  border-radius: 24px;
  background: #06893a;
  color: #fff;
  font-size: 17px;
  font-weight: 700;
}

/* Location picker */
.picker {
  width: min(94vw, 460px);
  max-height: 90vh;
  padding: 16px;
  border: 0;
  border-radius: 16px;
  color: #111;
}
.picker::backdrop { background: rgba(10, 20, 35, 0.55); }
.picker h2 { margin: 0 0 10px; font-size: 19px; }
.picker h3 { margin: 14px 0 6px; font-size: 16px; }
.sample-list { display: flex; flex-direction: column; gap: 6px; }
.sample {
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  min-height: 48px;
  padding: 8px 12px;
  border-radius: 10px;
  border: 1px solid #b9c2cf;
  background: #f6f8fb;
  text-align: left;
}
.sample-label { font-weight: 700; }
.sample-address { font-size: 14px; color: #3d4859; }
.muted { color: #4a5566; font-size: 15px; margin: 4px 0; }
.coordinates { display: flex; gap: 8px; }
.coordinates label { flex: 1 1 0px; min-width: 0; display: flex; flex-direction: column; font-size: 15px; }
.coordinates input {
  width: 100%;
  min-width: 0;
  min-height: 44px;
  padding: 6px 8px;
  border-radius: 8px;
  border: 1.5px solid #8e9aad;
  font-size: 17px;
}
.picker-error { color: #8a1010; font-size: 15px; margin: 6px 0 0; }
.picker-actions { display: flex; gap: 8px; margin-top: 14px; }
.picker-actions button {
  flex: 1 1 0px;
  min-height: 48px;
  border-radius: 10px;
  font-weight: 700;
  border: 1px solid #b9c2cf;
  background: #fff;
}
.picker-actions button.primary-action { background: #06893a; border-color: #06893a; color: #fff; }
`;

const BODY = `
<header class="app-header">
  <div class="header-top">
    <h1>LINE simulator</h1>
    <label class="language-field">
      <span>住民のアプリの言語 / App language</span>
      <select id="language" aria-label="住民のLINEアプリの言語 / The resident's LINE app language">
        <option value="ja" lang="ja">日本語</option>
        <option value="en" lang="en">English</option>
        <option value="zh-Hans" lang="zh-Hans">简体中文</option>
        <option value="zh-Hant" lang="zh-Hant">繁體中文</option>
        <option value="ko" lang="ko">한국어</option>
        <option value="vi" lang="vi">Tiếng Việt</option>
        <option value="ne" lang="ne">नेपाली</option>
        <option value="tl" lang="tl">Tagalog</option>
        <option value="pt-BR" lang="pt-BR">Português (Brasil)</option>
        <option value="id" lang="id">Bahasa Indonesia</option>
      </select>
    </label>
  </div>
  <div class="header-actions">
    <button type="button" id="follow-button" aria-label="友だち追加 / Add friend (send a follow event)"><span>友だち追加</span><span class="en">Add friend</span></button>
    <button type="button" id="block-button" class="danger" aria-label="ブロック / Block (send an unfollow event)"><span>ブロック</span><span class="en">Block</span></button>
    <button type="button" id="new-resident-button" aria-label="新しい住民 / New resident (new user ID, clears the chat)"><span>新しい住民</span><span class="en">New resident</span></button>
  </div>
  <div class="user-id" id="user-id"></div>
</header>
<div id="banner" class="banner" role="alert" hidden>
  <span id="banner-text"></span>
  <button type="button" id="banner-close" aria-label="閉じる / Close">×</button>
</div>
<main id="chat" class="chat" role="log" aria-live="polite" aria-label="トーク / Chat"></main>
<div id="quick-replies" class="quick-replies" role="group" aria-label="クイックリプライ / Quick replies" hidden></div>
<form id="composer" class="composer">
  <div class="composer-tools">
    <button type="button" class="tool" id="sticker-button" aria-label="スタンプを送る / Send a sticker"><span aria-hidden="true">😊</span> スタンプ</button>
    <button type="button" class="tool" id="photo-button" aria-label="写真を送る / Send a photo"><span aria-hidden="true">📷</span> 写真</button>
    <button type="button" class="tool" id="location-button" aria-label="位置情報を送る / Share a location"><span aria-hidden="true">📍</span> 位置情報</button>
  </div>
  <div class="composer-row">
    <textarea id="message-input" rows="1" placeholder="メッセージを入力 / Message" aria-label="メッセージを入力 / Type a message (Enter sends, Shift+Enter for a new line)"></textarea>
    <button type="submit" class="send-button" aria-label="送信 / Send">送信</button>
  </div>
</form>
<dialog id="location-picker" class="picker" aria-labelledby="picker-title">
  <form id="picker-form" novalidate>
    <h2 id="picker-title">位置情報を送る / Share a location</h2>
    <h3>サンプル地点 / Sample places</h3>
    <div id="sample-list" class="sample-list"></div>
    <h3>座標を入力 / Enter coordinates</h3>
    <div class="coordinates">
      <label>緯度 / Latitude<input id="latitude-input" type="number" step="any" min="-90" max="90" inputmode="decimal"></label>
      <label>経度 / Longitude<input id="longitude-input" type="number" step="any" min="-180" max="180" inputmode="decimal"></label>
    </div>
    <p id="picker-error" class="picker-error" role="alert" hidden></p>
    <div class="picker-actions">
      <button type="button" id="picker-cancel">キャンセル / Cancel</button>
      <button type="submit" class="primary-action">この位置を送る / Send</button>
    </div>
  </form>
</dialog>
`;

// NOTE: keep this script free of backticks and dollar-brace sequences (it is a String.raw template).
const SCRIPT = String.raw`
(function () {
  'use strict';

  // ---------------------------------------------------------------- configuration

  var POLL_INTERVAL_MS = 700;
  var MAX_LOG_ENTRIES = 300;
  var API = {
    send: '/simulator/api/send',
    messages: '/simulator/api/messages',
    samples: '/simulator/api/samples',
  };
  var STORAGE_KEYS = {
    userId: 'lineSimulator.userId',
    language: 'lineSimulator.language',
    logPrefix: 'lineSimulator.residentLog.',
  };
  var USER_ID_PATTERN = /^U[0-9a-f]{32}$/;
  var DEFAULT_LOCATION = { latitude: 35.681236, longitude: 139.767125 };

  // LINE flex keyword values (text sizes are nudged up slightly for readability).
  var SPACING = { none: '0px', xs: '2px', sm: '4px', md: '8px', lg: '12px', xl: '16px', xxl: '20px' };
  var TEXT_SIZES = {
    xxs: '12px', xs: '13px', sm: '15px', md: '17px', lg: '19px', xl: '22px',
    xxl: '28px', '3xl': '34px', '4xl': '44px', '5xl': '60px',
  };
  var IMAGE_SIZES = {
    xxs: '40px', xs: '60px', sm: '80px', md: '100px', lg: '120px', xl: '140px', xxl: '160px',
    '3xl': '180px', '4xl': '200px', '5xl': '220px', full: '100%',
  };
  var BORDER_WIDTHS = { none: '0px', light: '0.5px', normal: '1px', medium: '2px', 'semi-bold': '3px', bold: '4px' };
  var NO_KEYWORDS = {};
  var LENGTH_PATTERN = /^-?\d+(\.\d+)?(px|%)$/;
  var COLOR_PATTERN = /^#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;
  var DEFAULT_SECTION_PADDING = { header: '16px', hero: null, body: '16px', footer: '10px' };
  var QUICK_REPLY_ICONS = { camera: '📷 ', cameraRoll: '🖼 ', location: '📍 ', datetimepicker: '📅 ' };

  // URLs, and phone numbers such as 0120-123-456, 03-1234-5678, 09012345678, +81-3-..., #7119 (optionally "tel:").
  var LINK_PATTERN =
    /(https?:\/\/[^\s<>"'「」『』（）()、。]+)|((?:tel:)?(?:(?:\+81[- ]?|(?<![\w+-])0)\d{1,4}-\d{1,4}-\d{3,4}|(?<![\w+-])0\d{9,10}|#\d{4})(?![\d-]))/g;

  var state = {
    userId: '',
    language: 'ja',
    lastSeq: 0,
    generation: 0,
    historyLoaded: false,
    pollTimer: 0,
    pollFailing: false,
    bannerTimer: 0,
    samples: null,
    samplesLoading: false,
  };

  var dom = {};

  // ---------------------------------------------------------------- small helpers

  function byId(id) {
    return document.getElementById(id);
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  }

  function asText(value) {
    return value === undefined || value === null ? '' : String(value);
  }

  function lookup(table, key) {
    return typeof key === 'string' && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : null;
  }

  function oneOf(value, allowed, fallback) {
    return allowed.indexOf(value) >= 0 ? value : fallback;
  }

  function keywordOrLength(value, keywords) {
    if (typeof value !== 'string') return null;
    var keyword = lookup(keywords, value);
    if (keyword !== null) return keyword;
    return LENGTH_PATTERN.test(value) ? value : null;
  }

  function safeColor(value) {
    return typeof value === 'string' && COLOR_PATTERN.test(value) ? value : null;
  }

  function setStyle(node, property, value) {
    if (value !== null && value !== undefined && value !== '') node.style[property] = value;
  }

  function formatTime(iso) {
    var date = iso ? new Date(iso) : new Date();
    if (isNaN(date.getTime())) return '';
    return String(date.getHours()).padStart(2, '0') + ':' + String(date.getMinutes()).padStart(2, '0');
  }

  function newUserId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    var hex = '';
    for (var i = 0; i < bytes.length; i++) hex += bytes[i].toString(16).padStart(2, '0');
    return 'U' + hex;
  }

  // ---------------------------------------------------------------- storage

  function readStorage(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (error) {
      return null;
    }
  }

  function writeStorage(key, value) {
    try {
      window.localStorage.setItem(key, value);
    } catch (error) {
      // Storage may be unavailable (private mode, quota); the simulator still works without it.
    }
  }

  function removeStorage(key) {
    try {
      window.localStorage.removeItem(key);
    } catch (error) {
      // ignore
    }
  }

  /** What the resident sent (and follow/block notes), so a reload can show the whole conversation. */
  function loadResidentLog(userId) {
    try {
      var parsed = JSON.parse(readStorage(STORAGE_KEYS.logPrefix + userId) || '[]');
      return Array.isArray(parsed) ? parsed.filter(isObject) : [];
    } catch (error) {
      return [];
    }
  }

  function appendResidentLog(entry) {
    var log = loadResidentLog(state.userId);
    log.push(entry);
    writeStorage(STORAGE_KEYS.logPrefix + state.userId, JSON.stringify(log.slice(-MAX_LOG_ENTRIES)));
  }

  // ---------------------------------------------------------------- banner

  function showBanner(text, sticky) {
    dom.bannerText.textContent = text;
    dom.banner.hidden = false;
    window.clearTimeout(state.bannerTimer);
    if (!sticky) state.bannerTimer = window.setTimeout(hideBanner, 10000);
  }

  function hideBanner() {
    window.clearTimeout(state.bannerTimer);
    dom.banner.hidden = true;
  }

  // ---------------------------------------------------------------- chat area

  function isNearBottom() {
    var chat = dom.chat;
    return chat.scrollHeight - chat.scrollTop - chat.clientHeight < 80;
  }

  function scrollToBottom() {
    dom.chat.scrollTop = dom.chat.scrollHeight;
  }

  function removeEmptyHint() {
    var hint = dom.chat.querySelector('.empty-hint');
    if (hint) hint.remove();
  }

  function showEmptyHint() {
    dom.chat.appendChild(
      el(
        'p',
        'empty-hint',
        '「友だち追加 / Add friend」を押すと会話が始まります。\nPress “Add friend” to start the conversation.'
      )
    );
  }

  function appendToChat(node, forceScroll) {
    var stick = forceScroll || isNearBottom();
    removeEmptyHint();
    dom.chat.appendChild(node);
    if (stick) scrollToBottom();
  }

  function renderNote(text) {
    return el('div', 'note', text);
  }

  /** A centred system line in the chat; persisted notes survive a reload. */
  function addNote(text, persist) {
    appendToChat(renderNote(text), true);
    if (persist) appendResidentLog({ at: new Date().toISOString(), kind: 'note', text: text });
  }

  function noteWouldCall(number) {
    addNote('📞 would call ' + number + '（シミュレーターでは発信しません / not dialled here）', false);
  }

  function noteUnsupported(what) {
    addNote('⚠ このシミュレーターは「' + what + '」に対応していません / The simulator does not support ' + what, false);
  }

  // ---------------------------------------------------------------- text with links

  function renderUrlLink(url) {
    var link = el('a', 'url-link', url);
    link.href = url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    return link;
  }

  function renderPhoneLink(token) {
    var number = token.replace(/^tel:/i, '');
    var link = el('a', 'phone-link', token);
    link.href = 'tel:' + number.replace(/[^\d+#*]/g, '').replace('#', '%23');
    link.addEventListener('click', function (event) {
      event.preventDefault();
      event.stopPropagation();
      noteWouldCall(number);
    });
    return link;
  }

  /** Appends text as text nodes, turning http(s) URLs and phone numbers into links. */
  function appendLinkifiedText(container, text) {
    var source = asText(text);
    var position = 0;
    var match;
    LINK_PATTERN.lastIndex = 0;
    while ((match = LINK_PATTERN.exec(source)) !== null) {
      var token = match[0];
      if (match[1]) {
        var trailing = /[.,;:!?]+$/.exec(token);
        if (trailing) token = token.slice(0, token.length - trailing[0].length);
      }
      container.appendChild(document.createTextNode(source.slice(position, match.index)));
      container.appendChild(match[1] ? renderUrlLink(token) : renderPhoneLink(token));
      position = match.index + token.length;
    }
    container.appendChild(document.createTextNode(source.slice(position)));
  }

  function renderTextBubble(text) {
    var bubble = el('div', 'bubble');
    bubble.lang = state.language;
    appendLinkifiedText(bubble, text);
    return bubble;
  }

  // ---------------------------------------------------------------- simple bodies (shared by both sides)

  function renderSticker(caption) {
    var node = el('div', 'sticker');
    node.setAttribute('role', 'img');
    node.setAttribute('aria-label', caption);
    node.appendChild(document.createTextNode('😊'));
    node.appendChild(el('small', '', caption));
    return node;
  }

  function renderPhotoPlaceholder(caption) {
    var node = el('div', 'photo-placeholder', caption);
    node.setAttribute('role', 'img');
    node.setAttribute('aria-label', caption);
    return node;
  }

  function renderLocationCard(location) {
    var card = el('div', 'location-card');
    var map = el('div', 'map', '📍');
    map.setAttribute('aria-hidden', 'true');
    card.appendChild(map);
    var details = el('div', 'details');
    details.appendChild(el('div', 'title', asText(location.title) || '位置情報 / Location'));
    if (location.address) details.appendChild(el('div', 'address', location.address));
    var latitude = Number(location.latitude);
    var longitude = Number(location.longitude);
    if (isFinite(latitude) && isFinite(longitude)) {
      details.appendChild(el('div', 'coords', latitude.toFixed(5) + ', ' + longitude.toFixed(5)));
    }
    card.appendChild(details);
    return card;
  }

  // ---------------------------------------------------------------- resident messages

  function renderResidentBody(entry) {
    switch (entry.kind) {
      case 'text':
        return renderTextBubble(entry.text);
      case 'sticker':
        return renderSticker('スタンプ / Sticker');
      case 'image':
        return renderPhotoPlaceholder('📷 写真 / Photo');
      case 'location':
        return renderLocationCard(entry);
      default:
        return el('div', 'bubble', asText(entry.text) || asText(entry.kind));
    }
  }

  function renderResidentEntry(entry) {
    if (entry.kind === 'note') return renderNote(entry.text);
    var row = el('div', 'row resident');
    if (entry.notSent) row.appendChild(renderNotSentLabel());
    row.appendChild(el('span', 'time', formatTime(entry.at)));
    row.appendChild(renderResidentBody(entry));
    return row;
  }

  function addResidentEntry(entry) {
    entry.at = new Date().toISOString();
    appendResidentLog(entry);
    var node = renderResidentEntry(entry);
    appendToChat(node, true);
    return node;
  }

  function renderNotSentLabel() {
    return el('span', 'failed-label', '⚠ 未送信 / not sent');
  }

  /** Marks a resident bubble whose event the server rejected, on screen and in the kept log. */
  function markNotSent(node, entry) {
    if (node.classList.contains('row')) node.insertBefore(renderNotSentLabel(), node.firstChild);
    var log = loadResidentLog(state.userId);
    log.forEach(function (logged) {
      if (logged.at === entry.at && logged.kind === entry.kind) logged.notSent = true;
    });
    writeStorage(STORAGE_KEYS.logPrefix + state.userId, JSON.stringify(log));
  }

  // ---------------------------------------------------------------- bot messages

  function renderBotItem(item) {
    var message = isObject(item.message) ? item.message : {};
    var row = el('div', 'row bot');
    var avatar = el('div', 'avatar', '🤖');
    avatar.setAttribute('aria-hidden', 'true');
    row.appendChild(avatar);
    var column = el('div', 'bot-column');
    var sender = isObject(message.sender) && message.sender.name ? message.sender.name : 'Bot';
    column.appendChild(el('div', 'sender', sender));
    var line = el('div', 'bot-line');
    line.lang = state.language;
    line.appendChild(renderMessageSafely(message));
    line.appendChild(el('span', 'time', formatTime(item.at)));
    column.appendChild(line);
    row.appendChild(column);
    return row;
  }

  function renderMessageSafely(message) {
    try {
      return renderMessageBody(message);
    } catch (error) {
      console.error('simulator: could not render message', message, error);
      return el('div', 'flex-unknown', '表示できないメッセージ / Could not display a ' + asText(message.type) + ' message');
    }
  }

  function withAltText(node, altText) {
    if (!altText) return node;
    var wrapper = el('div', 'with-alt');
    wrapper.appendChild(node);
    wrapper.appendChild(el('div', 'alt-text', 'altText: ' + altText));
    return wrapper;
  }

  function substituteTextV2(message) {
    var substitution = isObject(message.substitution) ? message.substitution : {};
    return asText(message.text).replace(/\{([A-Za-z0-9_]+)\}/g, function (whole, key) {
      var value = lookup(substitution, key);
      if (!isObject(value)) return whole;
      if (value.type === 'mention') return '@' + (isObject(value.mentionee) && value.mentionee.type === 'all' ? 'All' : 'user');
      if (value.type === 'emoji') return '😀';
      return whole;
    });
  }

  function renderMessageBody(message) {
    switch (message.type) {
      case 'text':
        return renderTextBubble(message.text);
      case 'textV2':
        return renderTextBubble(substituteTextV2(message));
      case 'flex':
        return withAltText(renderFlexContainer(message.contents), message.altText);
      case 'template':
        return withAltText(renderTemplate(message.template), message.altText);
      case 'sticker':
        return renderSticker('スタンプ / Sticker ' + asText(message.packageId) + '/' + asText(message.stickerId));
      case 'image':
        return renderPhotoPlaceholder('🖼 画像 / Image');
      case 'video':
        return renderPhotoPlaceholder('🎬 動画 / Video');
      case 'audio':
        return el('div', 'bubble', '🔊 音声 / Audio');
      case 'location':
        return renderLocationCard(message);
      case 'imagemap':
        return withAltText(renderPhotoPlaceholder('🗺 imagemap'), message.altText);
      default:
        return el('div', 'bubble', message.altText ? asText(message.altText) : '(' + (asText(message.type) || 'unknown') + ')');
    }
  }

  // ---------------------------------------------------------------- flex messages

  function renderFlexContainer(container) {
    if (!isObject(container)) return renderUnknownComponent('flex: contents missing');
    if (container.type === 'bubble') return renderBubble(container);
    if (container.type === 'carousel') {
      var carousel = el('div', 'flex-carousel');
      carousel.setAttribute('role', 'group');
      carousel.setAttribute('aria-label', 'カルーセル / Carousel');
      (Array.isArray(container.contents) ? container.contents : []).forEach(function (bubble) {
        carousel.appendChild(isObject(bubble) && bubble.type === 'bubble' ? renderBubble(bubble) : renderUnknownComponent('carousel item'));
      });
      return carousel;
    }
    return renderUnknownComponent('unsupported flex container: ' + asText(container.type));
  }

  function renderBubble(bubble) {
    var size = oneOf(bubble.size, ['nano', 'micro', 'deca', 'hecto', 'kilo', 'mega', 'giga'], 'mega');
    var card = el('div', 'flex-bubble size-' + size);
    if (bubble.direction === 'rtl') card.dir = 'rtl';
    var styles = isObject(bubble.styles) ? bubble.styles : {};
    ['header', 'hero', 'body', 'footer'].forEach(function (name) {
      var block = bubble[name];
      if (!isObject(block)) return;
      var blockStyle = isObject(styles[name]) ? styles[name] : {};
      var section = el('div', 'flex-section flex-' + name);
      setStyle(section, 'backgroundColor', safeColor(blockStyle.backgroundColor));
      if (blockStyle.separator === true && card.childElementCount > 0) {
        section.style.borderTop = '1px solid ' + (safeColor(blockStyle.separatorColor) || '#d4d8de');
      }
      var content = renderComponent(block, 'vertical');
      var defaultPadding = DEFAULT_SECTION_PADDING[name];
      if (block.type === 'box' && defaultPadding && !hasOwnPadding(block)) content.style.padding = defaultPadding;
      if (block.type === 'image' && !block.size) content.style.width = '100%';
      section.appendChild(content);
      card.appendChild(section);
    });
    if (isObject(bubble.action)) makeActionable(card, bubble.action);
    return card;
  }

  function hasOwnPadding(box) {
    return ['paddingAll', 'paddingTop', 'paddingBottom', 'paddingStart', 'paddingEnd'].some(function (key) {
      return box[key] !== undefined;
    });
  }

  function renderComponent(component, parentLayout) {
    if (!isObject(component)) return renderUnknownComponent('invalid component');
    switch (component.type) {
      case 'box':
        return renderBox(component);
      case 'text':
        return renderFlexText(component);
      case 'button':
        return renderFlexButton(component);
      case 'separator':
        return renderSeparator(component, parentLayout);
      case 'filler':
        return el('div', 'flex-filler');
      case 'spacer':
        return renderSpacer(component);
      case 'icon':
        return renderIcon(component);
      case 'image':
        return renderImagePlaceholder(component, '🖼 画像 / image');
      case 'video':
        return renderImagePlaceholder(component, '🎬 動画 / video');
      default:
        return renderUnknownComponent('未対応 / unsupported component: ' + (asText(component.type) || '?'));
    }
  }

  function renderUnknownComponent(text) {
    return el('div', 'flex-unknown', text);
  }

  function renderBox(box) {
    var layout = oneOf(box.layout, ['vertical', 'horizontal', 'baseline'], 'vertical');
    var node = el('div', 'flex-box ' + layout);
    var contents = Array.isArray(box.contents) ? box.contents : [];
    contents.forEach(function (child, index) {
      var childNode = renderComponent(child, layout);
      var ownMargin = isObject(child) ? child.margin : undefined;
      var gap = ownMargin !== undefined ? ownMargin : index > 0 ? box.spacing : undefined;
      applyChildLayout(childNode, child, layout, gap);
      node.appendChild(childNode);
    });

    setStyle(node, 'backgroundColor', safeColor(box.backgroundColor));
    applyGradient(node, box.background);
    var borderWidth = keywordOrLength(box.borderWidth, BORDER_WIDTHS);
    if (borderWidth) {
      node.style.borderStyle = 'solid';
      node.style.borderWidth = borderWidth;
      node.style.borderColor = safeColor(box.borderColor) || '#000000';
    }
    var radius = keywordOrLength(box.cornerRadius, SPACING);
    if (radius) {
      node.style.borderRadius = radius;
      node.style.overflow = 'hidden';
    }
    applyPadding(node, box);
    setStyle(node, 'width', keywordOrLength(box.width, NO_KEYWORDS));
    setStyle(node, 'height', keywordOrLength(box.height, NO_KEYWORDS));
    setStyle(node, 'maxWidth', keywordOrLength(box.maxWidth, NO_KEYWORDS));
    setStyle(node, 'maxHeight', keywordOrLength(box.maxHeight, NO_KEYWORDS));
    var alignments = ['flex-start', 'center', 'flex-end', 'space-between', 'space-around', 'space-evenly', 'stretch'];
    setStyle(node, 'justifyContent', oneOf(box.justifyContent, alignments, null));
    setStyle(node, 'alignItems', oneOf(box.alignItems, alignments, null));
    if (isObject(box.action)) makeActionable(node, box.action);
    return node;
  }

  function applyGradient(node, background) {
    if (!isObject(background) || background.type !== 'linearGradient') return;
    var start = safeColor(background.startColor);
    var end = safeColor(background.endColor);
    if (!start || !end) return;
    var angle = /^-?\d+(\.\d+)?deg$/.test(asText(background.angle)) ? background.angle : '0deg';
    var center = safeColor(background.centerColor);
    node.style.backgroundImage =
      'linear-gradient(' + angle + ', ' + start + (center ? ', ' + center : '') + ', ' + end + ')';
  }

  function applyPadding(node, box) {
    setStyle(node, 'padding', keywordOrLength(box.paddingAll, SPACING));
    setStyle(node, 'paddingTop', keywordOrLength(box.paddingTop, SPACING));
    setStyle(node, 'paddingBottom', keywordOrLength(box.paddingBottom, SPACING));
    setStyle(node, 'paddingInlineStart', keywordOrLength(box.paddingStart, SPACING));
    setStyle(node, 'paddingInlineEnd', keywordOrLength(box.paddingEnd, SPACING));
  }

  /** flex, margin/spacing, gravity and offsets of a component inside its parent box. */
  function applyChildLayout(node, component, parentLayout, gap) {
    if (!isObject(component)) return;
    var horizontal = parentLayout !== 'vertical';
    var fixedWidth = ['icon', 'separator', 'spacer'].indexOf(component.type) >= 0;
    var defaultFlex = horizontal ? (fixedWidth ? 0 : 1) : component.type === 'filler' ? 1 : 0;
    var flex = typeof component.flex === 'number' && component.flex >= 0 ? component.flex : defaultFlex;
    if (flex > 0) node.style.flex = flex + ' 1 ' + (horizontal ? '0px' : 'auto');
    else node.style.flex = horizontal ? '0 1 auto' : '0 0 auto';

    var margin = keywordOrLength(gap, SPACING);
    if (margin) node.style[horizontal ? 'marginInlineStart' : 'marginTop'] = margin;

    var gravity = lookup({ top: 'flex-start', center: 'center', bottom: 'flex-end' }, component.gravity);
    if (horizontal && gravity && parentLayout !== 'baseline') node.style.alignSelf = gravity;
    var align = lookup({ start: 'flex-start', center: 'center', end: 'flex-end' }, component.align);
    if (!horizontal && align && (component.type === 'image' || component.type === 'icon')) node.style.alignSelf = align;

    if (component.position === 'absolute') node.style.position = 'absolute';
    setStyle(node, 'top', keywordOrLength(component.offsetTop, SPACING));
    setStyle(node, 'bottom', keywordOrLength(component.offsetBottom, SPACING));
    setStyle(node, 'insetInlineStart', keywordOrLength(component.offsetStart, SPACING));
    setStyle(node, 'insetInlineEnd', keywordOrLength(component.offsetEnd, SPACING));
  }

  function applyTextStyle(node, component) {
    setStyle(node, 'fontSize', keywordOrLength(component.size, TEXT_SIZES));
    if (component.weight === 'bold') node.style.fontWeight = '700';
    setStyle(node, 'color', safeColor(component.color));
    if (component.style === 'italic') node.style.fontStyle = 'italic';
    setStyle(node, 'textDecoration', oneOf(component.decoration, ['underline', 'line-through'], null));
  }

  function renderFlexText(component) {
    var node = el('div', 'flex-text');
    var spans = Array.isArray(component.contents) ? component.contents.filter(isObject) : [];
    if (spans.length > 0) {
      spans.forEach(function (span) {
        var spanNode = el('span', '', asText(span.text));
        applyTextStyle(spanNode, span);
        node.appendChild(spanNode);
      });
    } else {
      node.textContent = asText(component.text);
    }
    applyTextStyle(node, component);
    node.classList.add(component.wrap === true ? 'wrap' : 'nowrap');
    if (component.wrap === true && typeof component.maxLines === 'number' && component.maxLines > 0) {
      node.classList.add('clamped');
      node.style.setProperty('-webkit-line-clamp', String(Math.floor(component.maxLines)));
    }
    setStyle(node, 'textAlign', oneOf(component.align, ['start', 'center', 'end'], null));
    if (isObject(component.action)) makeActionable(node, component.action);
    return node;
  }

  function renderFlexButton(component) {
    var action = isObject(component.action) ? component.action : {};
    var style = oneOf(component.style, ['primary', 'secondary', 'link'], 'link');
    var label = asText(action.label) || describeAction(action);
    var button = el('button', 'flex-button ' + style + (component.height === 'sm' ? ' small' : ''), label);
    button.type = 'button';
    button.title = describeAction(action);
    var color = safeColor(component.color);
    if (color) button.style[style === 'link' ? 'color' : 'backgroundColor'] = color;
    button.addEventListener('click', function (event) {
      event.stopPropagation();
      performAction(action);
    });
    return button;
  }

  function renderSeparator(component, parentLayout) {
    var node = el('div', parentLayout === 'vertical' ? 'flex-separator' : 'flex-separator vertical-line');
    node.setAttribute('role', 'separator');
    setStyle(node, 'borderColor', safeColor(component.color));
    return node;
  }

  function renderSpacer(component) {
    var node = el('div', 'flex-spacer');
    node.style.minHeight = keywordOrLength(component.size, SPACING) || SPACING.md;
    node.style.minWidth = node.style.minHeight;
    return node;
  }

  function renderIcon(component) {
    var node = el('span', 'flex-icon');
    node.setAttribute('role', 'img');
    node.setAttribute('aria-label', 'icon');
    var size = keywordOrLength(component.size, TEXT_SIZES);
    if (size) {
      node.style.width = size;
      node.style.height = size;
    }
    return node;
  }

  function aspectRatioOf(value) {
    var match = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(asText(value));
    return match && Number(match[1]) > 0 && Number(match[2]) > 0 ? match[1] + ' / ' + match[2] : '1 / 1';
  }

  /** Images are never loaded: a striped placeholder of the right shape stands in for them. */
  function renderImagePlaceholder(component, caption) {
    var node = el('div', 'flex-image', caption);
    node.setAttribute('role', 'img');
    node.setAttribute('aria-label', caption + ' (placeholder)');
    node.style.aspectRatio = aspectRatioOf(component.aspectRatio);
    node.style.width = keywordOrLength(component.size, IMAGE_SIZES) || IMAGE_SIZES.md;
    if (isObject(component.action)) makeActionable(node, component.action);
    return node;
  }

  // ---------------------------------------------------------------- template messages

  function renderTemplate(template) {
    if (!isObject(template)) return renderUnknownComponent('template missing');
    switch (template.type) {
      case 'buttons':
        return renderTemplateCard(template);
      case 'confirm':
        return renderConfirmTemplate(template);
      case 'carousel':
        return renderTemplateCarousel(template.columns, renderTemplateCard);
      case 'image_carousel':
        return renderTemplateCarousel(template.columns, renderImageColumn);
      default:
        return renderUnknownComponent('unsupported template: ' + asText(template.type));
    }
  }

  function renderTemplateCarousel(columns, renderColumn) {
    var carousel = el('div', 'flex-carousel');
    carousel.setAttribute('role', 'group');
    carousel.setAttribute('aria-label', 'カルーセル / Carousel');
    (Array.isArray(columns) ? columns : []).filter(isObject).forEach(function (column) {
      carousel.appendChild(renderColumn(column));
    });
    return carousel;
  }

  function renderTemplateActions(actions, className) {
    var container = el('div', className);
    (Array.isArray(actions) ? actions : []).filter(isObject).forEach(function (action) {
      container.appendChild(renderFlexButton({ type: 'button', style: 'link', action: action }));
    });
    return container;
  }

  function renderTemplateCard(template) {
    var card = el('div', 'flex-bubble size-kilo');
    if (template.thumbnailImageUrl) {
      var ratio = template.imageAspectRatio === 'square' ? '1:1' : '151:100';
      card.appendChild(renderImagePlaceholder({ aspectRatio: ratio, size: 'full' }, '🖼 画像 / image'));
    }
    var body = el('div', 'template-body');
    if (template.title) body.appendChild(el('div', 'template-title', template.title));
    body.appendChild(el('div', 'template-text', asText(template.text)));
    if (isObject(template.defaultAction)) makeActionable(body, template.defaultAction);
    card.appendChild(body);
    card.appendChild(renderTemplateActions(template.actions, 'template-actions'));
    return card;
  }

  function renderConfirmTemplate(template) {
    var card = el('div', 'flex-bubble size-kilo');
    var body = el('div', 'template-body');
    body.appendChild(el('div', 'template-text', asText(template.text)));
    card.appendChild(body);
    card.appendChild(renderTemplateActions(template.actions, 'template-actions confirm'));
    return card;
  }

  function renderImageColumn(column) {
    var card = el('div', 'flex-bubble size-deca');
    card.appendChild(renderImagePlaceholder({ aspectRatio: '1:1', size: 'full' }, '🖼 画像 / image'));
    if (isObject(column.action)) card.appendChild(renderTemplateActions([column.action], 'template-actions'));
    return card;
  }

  // ---------------------------------------------------------------- actions

  function describeAction(action) {
    if (!isObject(action)) return '';
    switch (action.type) {
      case 'postback':
        return 'postback: ' + asText(action.data);
      case 'message':
        return 'message: ' + asText(action.text);
      case 'uri':
        return 'uri: ' + asText(action.uri);
      default:
        return asText(action.type) || 'action';
    }
  }

  function makeActionable(node, action) {
    node.classList.add('actionable');
    node.setAttribute('role', 'button');
    node.tabIndex = 0;
    node.setAttribute('aria-label', asText(action.label) || node.textContent || describeAction(action));
    node.title = describeAction(action);
    node.addEventListener('click', function (event) {
      event.stopPropagation();
      performAction(action);
    });
    node.addEventListener('keydown', function (event) {
      if (event.target !== node || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      event.stopPropagation();
      performAction(action);
    });
  }

  /** What happens when the resident taps a quick reply chip or a card button. */
  function performAction(action) {
    if (!isObject(action)) return;
    switch (action.type) {
      case 'postback':
        sendPostback(action);
        return;
      case 'message':
        sendText(asText(action.text));
        return;
      case 'uri':
        openUri(asText(action.uri));
        return;
      case 'location':
        openLocationPicker();
        return;
      default:
        noteUnsupported(asText(action.type) || 'unknown action');
    }
  }

  function sendPostback(action) {
    var shown = asText(action.displayText) || asText(action.label);
    var event = { type: 'postback', data: asText(action.data) };
    if (typeof action.displayText === 'string') event.displayText = action.displayText;
    var entry = shown ? { kind: 'text', text: shown } : { kind: 'note', text: 'postback: ' + event.data };
    residentSends(entry, event);
    if (action.inputOption === 'openKeyboard') {
      if (typeof action.fillInText === 'string') dom.input.value = action.fillInText;
      resizeComposer();
      dom.input.focus();
    }
  }

  function openUri(uri) {
    if (/^tel:/i.test(uri)) {
      var number = uri.slice(4);
      try {
        number = decodeURIComponent(number);
      } catch (error) {
        // keep it encoded
      }
      noteWouldCall(number);
      return;
    }
    if (/^https?:\/\//i.test(uri)) {
      window.open(uri, '_blank', 'noopener,noreferrer');
      return;
    }
    addNote('🔗 シミュレーターでは開けません / Cannot open in the simulator: ' + uri, false);
  }

  // ---------------------------------------------------------------- sending

  function errorMessageOf(response) {
    var text = 'HTTP ' + response.status;
    return response
      .json()
      .then(function (body) {
        return isObject(body) && typeof body.error === 'string' ? text + ' — ' + body.error : text;
      })
      .catch(function () {
        return text;
      });
  }

  function sendEvent(event) {
    return fetch(API.send, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: state.userId, language: state.language, event: event }),
    })
      .then(function (response) {
        if (response.ok) return true;
        return errorMessageOf(response).then(function (text) {
          showBanner('送信できませんでした / Could not send (' + event.type + '): ' + text, false);
          return false;
        });
      })
      .catch(function (error) {
        showBanner('サーバーに接続できません / Cannot reach the server: ' + asText(error && error.message), false);
        return false;
      });
  }

  /** Shows the resident's own bubble at once (as LINE does), hides quick replies, then sends. */
  function residentSends(entry, event) {
    hideQuickReplies();
    var node = addResidentEntry(entry);
    return sendEvent(event).then(function (ok) {
      if (!ok) markNotSent(node, entry);
      return ok;
    });
  }

  function sendText(text) {
    var trimmed = asText(text).replace(/^\s+|\s+$/g, '');
    if (!trimmed) return;
    residentSends({ kind: 'text', text: trimmed }, { type: 'text', text: trimmed });
  }

  function sendLocation(location) {
    var event = { type: 'location', latitude: location.latitude, longitude: location.longitude };
    if (location.title) event.title = location.title;
    if (location.address) event.address = location.address;
    residentSends(
      {
        kind: 'location',
        title: location.title || '',
        address: location.address || '',
        latitude: location.latitude,
        longitude: location.longitude,
      },
      event
    );
  }

  function sendFollow() {
    addNote('友だち追加しました / You added the bot as a friend', true);
    sendEvent({ type: 'follow' });
  }

  function sendUnfollow() {
    hideQuickReplies();
    addNote('ブロックしました / You blocked the bot', true);
    sendEvent({ type: 'unfollow' });
  }

  // ---------------------------------------------------------------- quick replies

  function hideQuickReplies() {
    dom.quickReplies.textContent = '';
    dom.quickReplies.hidden = true;
  }

  function showQuickRepliesOf(message) {
    var stick = isNearBottom();
    hideQuickReplies();
    var quickReply = isObject(message) && isObject(message.quickReply) ? message.quickReply : null;
    var items = quickReply && Array.isArray(quickReply.items) ? quickReply.items : [];
    items.forEach(function (item) {
      if (!isObject(item) || !isObject(item.action)) return;
      var action = item.action;
      var label = (lookup(QUICK_REPLY_ICONS, action.type) || '') + (asText(action.label) || asText(action.type));
      var chip = el('button', 'chip', label);
      chip.type = 'button';
      chip.title = describeAction(action);
      chip.addEventListener('click', function () {
        performAction(action);
      });
      dom.quickReplies.appendChild(chip);
    });
    dom.quickReplies.hidden = dom.quickReplies.childElementCount === 0;
    if (stick) scrollToBottom();
  }

  // ---------------------------------------------------------------- polling

  function fetchMessages(userId, after) {
    var url = API.messages + '?userId=' + encodeURIComponent(userId) + '&after=' + encodeURIComponent(String(after));
    return fetch(url, { cache: 'no-store' }).then(function (response) {
      if (!response.ok) {
        return errorMessageOf(response).then(function (text) {
          throw new Error(text);
        });
      }
      return response.json().then(function (body) {
        var list = isObject(body) && Array.isArray(body.messages) ? body.messages : [];
        return list
          .filter(function (item) {
            return isObject(item) && typeof item.seq === 'number';
          })
          .sort(function (a, b) {
            return a.seq - b.seq;
          });
      });
    });
  }

  function timeOf(iso) {
    var time = Date.parse(asText(iso));
    return isNaN(time) ? 0 : time;
  }

  /** First load for this resident: merge the bot's messages with the locally kept resident log by time. */
  function renderHistory(items) {
    var entries = loadResidentLog(state.userId).map(function (entry) {
      return { time: timeOf(entry.at), resident: entry, bot: null };
    });
    items.forEach(function (item) {
      entries.push({ time: timeOf(item.at), resident: null, bot: item });
      state.lastSeq = Math.max(state.lastSeq, item.seq);
    });
    entries.sort(function (a, b) {
      return a.time - b.time;
    });
    dom.chat.textContent = '';
    entries.forEach(function (entry) {
      dom.chat.appendChild(entry.bot ? renderBotItem(entry.bot) : renderResidentEntry(entry.resident));
    });
    if (entries.length === 0) showEmptyHint();
    var last = entries[entries.length - 1];
    if (last && last.bot) showQuickRepliesOf(last.bot.message);
    else hideQuickReplies();
    scrollToBottom();
  }

  function appendBotItems(items) {
    var stick = isNearBottom();
    var lastMessage = null;
    items.forEach(function (item) {
      if (item.seq <= state.lastSeq) return;
      state.lastSeq = item.seq;
      removeEmptyHint();
      dom.chat.appendChild(renderBotItem(item));
      lastMessage = isObject(item.message) ? item.message : {};
    });
    if (lastMessage === null) return;
    showQuickRepliesOf(lastMessage);
    if (stick) scrollToBottom();
  }

  function pollMessages() {
    var generation = state.generation;
    fetchMessages(state.userId, state.lastSeq)
      .then(function (items) {
        if (generation !== state.generation) return;
        if (state.pollFailing) {
          state.pollFailing = false;
          hideBanner();
        }
        if (!state.historyLoaded) {
          state.historyLoaded = true;
          renderHistory(items);
        } else {
          appendBotItems(items);
        }
      })
      .catch(function (error) {
        if (generation !== state.generation || state.pollFailing) return;
        state.pollFailing = true;
        showBanner('メッセージを取得できません / Cannot fetch messages: ' + asText(error && error.message), true);
      })
      .then(function () {
        if (generation === state.generation) state.pollTimer = window.setTimeout(pollMessages, POLL_INTERVAL_MS);
      });
  }

  /** (Re)starts the conversation view for state.userId. */
  function startSession() {
    state.generation += 1;
    state.lastSeq = 0;
    state.historyLoaded = false;
    window.clearTimeout(state.pollTimer);
    hideQuickReplies();
    dom.chat.textContent = '';
    loadResidentLog(state.userId).forEach(function (entry) {
      dom.chat.appendChild(renderResidentEntry(entry));
    });
    dom.userId.textContent = 'userId: ' + state.userId;
    dom.userId.title = state.userId;
    pollMessages();
  }

  function startNewResident() {
    removeStorage(STORAGE_KEYS.logPrefix + state.userId);
    state.userId = newUserId();
    writeStorage(STORAGE_KEYS.userId, state.userId);
    startSession();
    dom.input.focus();
  }

  // ---------------------------------------------------------------- location picker

  function isValidSample(sample) {
    return isObject(sample) && typeof sample.latitude === 'number' && typeof sample.longitude === 'number';
  }

  function loadSamples() {
    if (state.samplesLoading) return;
    state.samplesLoading = true;
    renderSampleList();
    fetch(API.samples, { cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) {
          return errorMessageOf(response).then(function (text) {
            throw new Error(text);
          });
        }
        return response.json();
      })
      .then(function (body) {
        state.samples = isObject(body) && Array.isArray(body.locations) ? body.locations.filter(isValidSample) : [];
      })
      .catch(function (error) {
        state.samples = null;
        dom.sampleList.textContent = '';
        dom.sampleList.appendChild(
          el('p', 'muted', 'サンプルを取得できません / Could not load samples: ' + asText(error && error.message))
        );
      })
      .then(function () {
        state.samplesLoading = false;
        if (state.samples !== null) renderSampleList();
      });
  }

  function renderSampleList() {
    var list = dom.sampleList;
    list.textContent = '';
    if (state.samplesLoading) {
      list.appendChild(el('p', 'muted', '読み込み中… / Loading…'));
      return;
    }
    var samples = state.samples || [];
    if (samples.length === 0) {
      list.appendChild(el('p', 'muted', 'サンプルはありません / No samples'));
      return;
    }
    samples.forEach(function (sample) {
      var button = el('button', 'sample');
      button.type = 'button';
      button.appendChild(el('span', 'sample-label', asText(sample.label) || '(no label)'));
      if (sample.address) button.appendChild(el('span', 'sample-address', sample.address));
      button.addEventListener('click', function () {
        closeLocationPicker();
        sendLocation({
          title: asText(sample.label),
          address: asText(sample.address),
          latitude: sample.latitude,
          longitude: sample.longitude,
        });
      });
      list.appendChild(button);
    });
    if (!dom.latitude.value && !dom.longitude.value) {
      dom.latitude.value = String(samples[0].latitude);
      dom.longitude.value = String(samples[0].longitude);
    }
  }

  function openLocationPicker() {
    dom.pickerError.hidden = true;
    if (!dom.latitude.value && !dom.longitude.value) {
      dom.latitude.value = String(DEFAULT_LOCATION.latitude);
      dom.longitude.value = String(DEFAULT_LOCATION.longitude);
    }
    if (state.samples === null) loadSamples();
    else renderSampleList();
    if (typeof dom.picker.showModal === 'function') {
      if (!dom.picker.open) dom.picker.showModal();
    } else {
      dom.picker.setAttribute('open', '');
    }
  }

  function closeLocationPicker() {
    if (typeof dom.picker.close === 'function') dom.picker.close();
    else dom.picker.removeAttribute('open');
  }

  function submitCoordinates(event) {
    event.preventDefault();
    var latitude = Number(dom.latitude.value);
    var longitude = Number(dom.longitude.value);
    var valid =
      dom.latitude.value !== '' &&
      dom.longitude.value !== '' &&
      isFinite(latitude) &&
      isFinite(longitude) &&
      Math.abs(latitude) <= 90 &&
      Math.abs(longitude) <= 180;
    if (!valid) {
      dom.pickerError.textContent = '緯度は -90〜90、経度は -180〜180 / Latitude -90..90, longitude -180..180';
      dom.pickerError.hidden = false;
      return;
    }
    closeLocationPicker();
    sendLocation({ latitude: latitude, longitude: longitude });
  }

  // ---------------------------------------------------------------- composer

  function resizeComposer() {
    dom.input.style.height = 'auto';
    dom.input.style.height = Math.min(dom.input.scrollHeight + 3, 150) + 'px';
  }

  function submitComposer() {
    var text = dom.input.value;
    if (!text.trim()) return;
    dom.input.value = '';
    resizeComposer();
    sendText(text);
    dom.input.focus();
  }

  function onComposerKeydown(event) {
    // Enter sends; Shift+Enter adds a newline; Enter that confirms IME (kana-kanji) conversion does nothing.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    submitComposer();
  }

  // ---------------------------------------------------------------- start-up

  function collectElements() {
    dom.chat = byId('chat');
    dom.quickReplies = byId('quick-replies');
    dom.banner = byId('banner');
    dom.bannerText = byId('banner-text');
    dom.language = byId('language');
    dom.userId = byId('user-id');
    dom.composer = byId('composer');
    dom.input = byId('message-input');
    dom.picker = byId('location-picker');
    dom.pickerForm = byId('picker-form');
    dom.pickerError = byId('picker-error');
    dom.sampleList = byId('sample-list');
    dom.latitude = byId('latitude-input');
    dom.longitude = byId('longitude-input');
  }

  function restoreSettings() {
    var language = readStorage(STORAGE_KEYS.language);
    var known = Array.prototype.some.call(dom.language.options, function (option) {
      return option.value === language;
    });
    state.language = known ? language : 'ja';
    dom.language.value = state.language;

    var userId = readStorage(STORAGE_KEYS.userId);
    state.userId = userId && USER_ID_PATTERN.test(userId) ? userId : newUserId();
    writeStorage(STORAGE_KEYS.userId, state.userId);
  }

  function bindEvents() {
    dom.language.addEventListener('change', function () {
      state.language = dom.language.value;
      writeStorage(STORAGE_KEYS.language, state.language);
    });
    byId('follow-button').addEventListener('click', sendFollow);
    byId('block-button').addEventListener('click', sendUnfollow);
    byId('new-resident-button').addEventListener('click', startNewResident);
    byId('banner-close').addEventListener('click', hideBanner);

    dom.composer.addEventListener('submit', function (event) {
      event.preventDefault();
      submitComposer();
    });
    dom.input.addEventListener('keydown', onComposerKeydown);
    dom.input.addEventListener('input', resizeComposer);
    byId('sticker-button').addEventListener('click', function () {
      residentSends({ kind: 'sticker' }, { type: 'sticker' });
    });
    byId('photo-button').addEventListener('click', function () {
      residentSends({ kind: 'image' }, { type: 'image' });
    });
    byId('location-button').addEventListener('click', openLocationPicker);

    dom.pickerForm.addEventListener('submit', submitCoordinates);
    byId('picker-cancel').addEventListener('click', closeLocationPicker);
    dom.picker.addEventListener('click', function (event) {
      if (event.target === dom.picker) closeLocationPicker(); // click on the backdrop
    });
  }

  function init() {
    collectElements();
    restoreSettings();
    bindEvents();
    startSession();
  }

  init();
})();
`;

const PAGE = [
  '<!doctype html>',
  '<html lang="ja">',
  '<head>',
  '<meta charset="utf-8">',
  '<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">',
  '<meta name="color-scheme" content="light">',
  '<title>LINE simulator</title>',
  `<style>${STYLES}</style>`,
  '</head>',
  '<body>',
  BODY,
  `<script>${SCRIPT}</script>`,
  '</body>',
  '</html>',
].join('\n');
