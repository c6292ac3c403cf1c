// Home's words for deck files the device had no room to keep: apart from the write-failure words, which only screens loaded later need.
import { defineStrings } from '../i18n.ts';

export const offlineUnavailableText = defineStrings(
  {
    unavailable: '设备存储空间不足，离线使用不可用：有 {n} 个卡组文件没能保存到本机。',
    advice: '联网时仍可学习。请清理手机空间后重新加载页面，离线功能才会恢复。',
  },
  {
    unavailable: 'Not enough storage on this device: offline use will not work ({n} deck files could not be saved here).',
    advice: 'You can still study while online. Free some space on the device and reload the page to get offline use back.',
  },
);
