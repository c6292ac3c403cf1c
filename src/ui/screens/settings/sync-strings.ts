// Settings → Sync's words (Chinese and English): the fields, the outcome of a sync and each failure with how to fix it.
import type { SyncStatus } from '../../../storage/index.ts';
import { defineStrings } from '../../i18n.ts';

export const syncText = defineStrings(
  {
    title: '多设备同步',
    hint: '通过你自己的 CouchDB（或 IBM Cloudant）在手机和电脑间同步复习记录、测验、面试日期、设置、卡片的暂停、标记和笔记，以及在应用中添加的路线图；卡片内容来自各设备上的路线图。',
    deviceOnly: '地址、用户名和密码只保存在本设备上，不会同步，也不会写入备份文件。',
    url: '服务器地址',
    urlHint: '例如 https://couch.example.com:6984',
    db: '数据库名',
    dbHint: '小写字母开头，例如 roadcards-alice；不存在时会自动创建',
    user: '用户名',
    password: '密码',
    syncNow: '保存并立即同步',
    syncing: '正在同步…',
    never: '尚未同步。',
    ok: '上次同步：{time} · 发送 {sent} 条，接收 {received} 条',
    leftOut: '。以下收到的路线图没有加入：{list}',
    failedAt: '同步失败（{time}）：',
    offline: '此设备处于离线状态。联网后会自动同步，记录都保存在本设备上。',
    unreachable: '无法连接服务器。请检查地址（包括 https:// 和端口）和网络；https 页面只能连接 https 服务器。',
    cors: '服务器有应答，但没有允许本站访问（未开启 CORS）。请在 CouchDB 中开启 CORS：[chttpd] enable_cors = true，[cors] origins = {origin}，credentials = true，headers 包括 authorization 和 content-type。',
    unauthorized: '用户名或密码错误。本设备上的数据没有任何改动。',
    forbidden: '该用户无权使用此数据库：请在数据库的 _security 中把该用户加为成员。',
    'no-database': '数据库不存在，且该用户无权创建：请管理员创建它（PUT /{db}），或使用有权限的账号。',
    timeout: '服务器长时间没有应答，稍后会再次尝试。',
    server: '服务器出错：{message}',
    'bad-config': '设置有误：{message}',
  },
  {
    title: 'Sync between devices',
    hint: 'Sync your reviews, drills, interview dates, settings, card suspensions, flags and notes, and the roadmaps you added in the app between phone and laptop through your own CouchDB (or IBM Cloudant); card texts come from the roadmaps on each device.',
    deviceOnly: 'The address, user name and password are stored on this device only: never synced, never in a backup file.',
    url: 'Server URL',
    urlHint: 'e.g. https://couch.example.com:6984',
    db: 'Database name',
    dbHint: 'Starts with a lowercase letter, e.g. roadcards-alice; created if missing',
    user: 'User name',
    password: 'Password',
    syncNow: 'Save and sync now',
    syncing: 'Syncing…',
    never: 'Not synced yet.',
    ok: 'Last sync: {time} · {sent} sent, {received} received',
    leftOut: '. Roadmaps received but not added: {list}',
    failedAt: 'Sync failed ({time}): ',
    offline: 'This device is offline. Sync runs by itself when the network is back; everything is kept on this device.',
    unreachable: 'Cannot reach the server. Check the URL (with https:// and the port) and the network; an https page can only reach an https server.',
    cors: 'The server answered but does not allow this site (CORS is not enabled). In CouchDB enable CORS: [chttpd] enable_cors = true, [cors] origins = {origin}, credentials = true, headers including authorization and content-type.',
    unauthorized: 'Wrong user name or password. Nothing on this device was changed.',
    forbidden: 'This user may not use the database: add the user as a member in the database’s _security.',
    'no-database': 'The database does not exist and this user may not create it: ask the admin to create it (PUT /{db}) or use an account that may.',
    timeout: 'The server did not answer in time; sync will try again later.',
    server: 'The server failed: {message}',
    'bad-config': 'Check the settings: {message}',
  },
);

export type SyncStatusValue = 'ok' | 'error' | 'none';

export function statusValue(status: SyncStatus | null): SyncStatusValue {
  return status === null ? 'none' : status.ok ? 'ok' : 'error';
}

function timeOf(at: number): string {
  return new Date(at).toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** The outcome in words: when, how many sent and received, or what went wrong and how to fix it. */
export function statusWords(status: SyncStatus | null, context: { origin: string; db: string }): string {
  if (status === null) return syncText('never');
  if (status.ok) {
    const done = syncText('ok', { time: timeOf(status.at), sent: status.sent, received: status.received });
    // A roadmap that did not compile here (or has a built-in's name) is named with the compiler's `file:line: message`.
    return status.problems?.length ? done + syncText('leftOut', { list: status.problems.join('; ') }) : done;
  }
  const error = status.error ?? { kind: 'server' as const, message: '' };
  const reason = syncText(error.kind, { origin: context.origin, db: context.db, message: error.message });
  return syncText('failedAt', { time: timeOf(status.at) }) + reason;
}
