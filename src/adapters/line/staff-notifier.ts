import type { NewReferralNotice, Notifier } from '../../app/staff/notifier.ts';

/** Pushes a short notice to the window's staff LINE group (group ids per window from config). */
export function lineGroupNotifier(
  groups: Readonly<Record<string, string>>,
  windowName: (serviceId: string) => string,
  categoryName: (category: string) => string,
): Notifier {
  return {
    referralCreated(notice, at) {
      const windows = [
        notice.serviceId,
        ...(notice.coordinatorServiceId ? [notice.coordinatorServiceId] : []),
      ];
      const targets = [...new Set(windows.flatMap((id) => groups[id] ?? []))];
      const text = noticeText(notice, windowName, categoryName);
      return targets.map((to) => ({ to, replyToken: null, eventAt: at, messages: [{ type: 'text', text }] }));
    },
  };
}

export function noticeText(
  n: NewReferralNotice,
  windowName: (serviceId: string) => string,
  categoryName: (category: string) => string,
): string {
  return [
    `新しい紹介が届きました${n.urgent ? '【緊急】' : ''}${n.compound ? '【複合】' : ''}`,
    `受付番号: ${n.referenceCode}`,
    `窓口: ${windowName(n.serviceId)}`,
    `分類: ${n.categories.map(categoryName).join('、')}`,
    '職員用画面 /staff のキューで確認してください。',
  ].join('\n');
}
