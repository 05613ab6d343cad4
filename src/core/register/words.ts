// The words a register's drop-down columns offer (渠道, 投诉类别, 是否有效, 回访满意度), once for the
// set-up plan's lists and the demo register. Other words are still read (the lists warn, not refuse).

export const CHANNELS: readonly string[] = ['电话', '邮件', '信函', '来访', '在线', '社交媒体', '媒体'];
export const CATEGORIES: readonly string[] = ['产品质量', '服务质量', '合同履行', '项目进度', '付款结算', '质量验收', '售后服务', '其他'];
export const VALID_WORDS: readonly string[] = ['是', '否'];
/** Best first: 非常满意 is 5 … 非常不满意 is 1. */
export const SATISFACTION_WORDS: readonly string[] = ['非常满意', '满意', '一般', '不满意', '非常不满意'];
