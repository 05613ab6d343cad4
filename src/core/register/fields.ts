// The register's canonical columns as data. Everything that reads, checks or writes a register
// dispatches on this table: the header matcher (zh, en and synonyms), the cell parsers (type) and
// the validator (required). Synonyms are compared after normalizeHeader (case, width, white space
// and a trailing unit such as （元） do not matter), so they are listed here in plain form.

export type FieldType =
  | 'text'
  | 'datetime'
  | 'amount'
  | 'list'
  /** A tier name typed by hand (等级(手工)); read as text, interpreted by the tier rules. */
  | 'tier'
  | 'bool'
  | 'rating'
  /** A non-negative number of hours. */
  | 'hours'
  /** Pause periods: `start–end; start–end` (see periods.ts). */
  | 'periods';

export type FieldKey =
  | 'id'
  | 'received'
  | 'channel'
  | 'customer'
  | 'contact'
  | 'category'
  | 'subject'
  | 'description'
  | 'department'
  | 'handler'
  | 'staff'
  | 'loss'
  | 'factors'
  | 'tierOverride'
  | 'valid'
  | 'contacted'
  | 'reported'
  | 'planned'
  | 'resolved'
  | 'followedUp'
  | 'satisfaction'
  | 'resolution'
  | 'paused'
  | 'branch'
  | 'productCategory'
  | 'batch'
  | 'manufactured'
  | 'arrived'
  | 'resolvedBy'
  | 'suggestionAdopted'
  | 'promised'
  | 'extendedTo'
  | 'extensionReason'
  | 'extensionExplained'
  | 'pauses'
  | 'pauseStart'
  | 'pauseEnd'
  | 'reopened'
  | 'reresolved'
  | 'appealed'
  | 'appealResult'
  | 'transferredTo'
  | 'transferredAt';

/** A value scale a column's words are read through (Priority: High → a tier of the policy). */
export type ValueScale = 'priority';

export interface FieldDef {
  readonly key: FieldKey;
  /** Canonical Chinese header, as the add-in writes it. */
  readonly zh: string;
  /** Canonical English header. */
  readonly en: string;
  readonly type: FieldType;
  /** A row without this value cannot be assessed. */
  readonly required?: boolean;
  /** Other headers people use for the column (Chinese and English). */
  readonly synonyms: readonly string[];
  /** Headers whose values go through a scale first (紧急程度: 高 → a tier), with that scale. */
  readonly scaled?: { readonly scale: ValueScale; readonly synonyms: readonly string[] };
  /** Several columns may hold it (联系人, 电话, 邮箱): their values are joined, not refused as duplicates. */
  readonly joins?: boolean;
}

export const FIELDS: readonly FieldDef[] = [
  { key: 'id', zh: '编号', en: 'ID', type: 'text', synonyms: ['投诉编号', '序号', '投诉单号', '工单号', '工单编号', '编码', '单号', 'No.', 'Complaint ID', 'Complaint No.', 'Ticket ID', 'Ticket No.', 'Ticket #', 'Case ID', 'Case Number'] },
  {
    key: 'received',
    zh: '受理时间',
    en: 'Received',
    type: 'datetime',
    required: true,
    synonyms: ['投诉时间', '受理日期', '登记时间', '登记日期', '接收时间', '投诉日期', '开始日期', '开始时间', '创建时间', '创建日期', '来电时间', 'Received at', 'Date received', 'Received on', 'Received time', 'Opened', 'Opened at', 'Opened on', 'Date opened', 'Created', 'Created at', 'Created on', 'Date created'],
  },
  { key: 'channel', zh: '渠道', en: 'Channel', type: 'text', synonyms: ['投诉渠道', '受理渠道', '来源', '投诉来源', 'Source', 'Via'] },
  {
    key: 'customer',
    zh: '客户',
    en: 'Customer',
    type: 'text',
    required: true,
    synonyms: ['客户名称', '投诉人', '客户姓名', '客户单位', '投诉客户', 'Customer name', 'Complainant', 'Client', 'Requester'],
  },
  {
    key: 'contact',
    zh: '联系方式',
    en: 'Contact',
    type: 'text',
    synonyms: ['联系电话', '联系人', '电话', '手机', '邮箱', '手机号', '手机号码', '电子邮箱', 'Phone', 'Phone number', 'Mobile', 'Email', 'E-mail', 'Email address', 'Telephone', 'Contact person'],
    joins: true,
  },
  { key: 'category', zh: '投诉类别', en: 'Category', type: 'text', synonyms: ['类别', '投诉类型', '类型', '投诉分类', '问题类型', 'Type', 'Complaint type', 'Issue type'] },
  { key: 'subject', zh: '投诉事项', en: 'Subject', type: 'text', synonyms: ['事项', '主题', '投诉主题', '标题', 'Title', 'Summary', 'Issue'] },
  {
    key: 'description',
    zh: '投诉内容',
    en: 'Description',
    type: 'text',
    synonyms: ['内容', '描述', '投诉描述', '问题描述', '详细描述', 'Details', 'Complaint details'],
  },
  { key: 'department', zh: '责任部门', en: 'Department', type: 'text', synonyms: ['被投诉部门', '部门', '所属部门', '处理部门', 'Dept', 'Team'] },
  { key: 'handler', zh: '处理人', en: 'Handler', type: 'text', synonyms: ['责任人', '经办人', '服务人员', '处理人员', '承办人', 'Owner', 'Assignee', 'Assigned to', 'Agent', 'Handled by'] },
  { key: 'staff', zh: '被投诉人', en: 'Staff complained about', type: 'text', synonyms: ['被投诉员工', '被投诉人员', 'Staff'] },
  { key: 'loss', zh: '损失金额', en: 'Loss', type: 'amount', synonyms: ['经济损失', '赔偿金额', 'Loss amount', 'Compensation'] },
  { key: 'factors', zh: '情形', en: 'Factors', type: 'list', synonyms: ['投诉情形', 'Aggravating factors'] },
  {
    key: 'tierOverride',
    zh: '等级(手工)',
    en: 'Tier override',
    type: 'tier',
    synonyms: ['手工等级', '等级', '投诉等级', 'Tier', 'Manual tier'],
    scaled: { scale: 'priority', synonyms: ['Priority', '紧急程度', '优先级', 'Urgency', '严重程度', 'Severity'] },
  },
  { key: 'valid', zh: '是否有效', en: 'Valid', type: 'bool', synonyms: ['有效性', '有效', '是否有效投诉', 'Is valid'] },
  { key: 'contacted', zh: '首次联系时间', en: 'Contacted', type: 'datetime', synonyms: ['首次联系', '首次响应时间', 'First contact', 'Contacted at'] },
  { key: 'reported', zh: '上报时间', en: 'Reported', type: 'datetime', synonyms: ['上报日期', 'Reported at'] },
  { key: 'planned', zh: '方案时间', en: 'Plan given', type: 'datetime', synonyms: ['方案提出时间', '处理方案时间', 'Plan given at', 'Planned'] },
  {
    key: 'resolved',
    zh: '办结时间',
    en: 'Resolved',
    type: 'datetime',
    synonyms: ['处理完成时间', '解决时间', '解决日期', '结案时间', '结案日期', '办结日期', '完成时间', '完成日期', '关闭时间', 'Resolved at', 'Resolved on', 'Date resolved', 'Resolution date', 'Closed', 'Closed at', 'Closed on', 'Date closed', 'Completed at'],
  },
  { key: 'followedUp', zh: '回访时间', en: 'Followed up', type: 'datetime', synonyms: ['回访日期', 'Follow-up', 'Follow-up date', 'Followed up at'] },
  { key: 'satisfaction', zh: '回访满意度', en: 'Satisfaction', type: 'rating', synonyms: ['满意度', '客户满意度', '评分', '满意度评分', '客户评分', 'Rating', 'Customer rating', 'Satisfaction rating', 'Satisfaction score', 'CSAT'] },
  { key: 'resolution', zh: '处理结果', en: 'Resolution', type: 'text', synonyms: ['处理情况', '处理意见', 'Outcome'] },
  {
    key: 'paused',
    zh: '暂停时长(小时)',
    en: 'Paused (h)',
    type: 'hours',
    synonyms: ['等待客户时长', '暂停', '暂停时长', 'Paused', 'Paused hours', 'Waiting on customer'],
  },
  // The branch (分公司) a complaint belongs to: a group company keeps one register per branch, or one
  // register with this column; consolidated reports add it as a dimension.
  { key: 'branch', zh: '分公司', en: 'Branch', type: 'text', synonyms: ['子公司', '所属分公司', '分支机构', '所属公司', 'Branch office', 'Site'] },
  // Product complaints (004): which product, which batch, when it was made and when it arrived.
  { key: 'productCategory', zh: '产品类别', en: 'Product category', type: 'text', synonyms: ['产品类型', '产品种类', '产品分类', '品类', 'Product type', 'Product line'] },
  { key: 'batch', zh: '批号', en: 'Batch', type: 'text', synonyms: ['批次', '批次号', '生产批号', '产品批号', 'Batch No.', 'Batch number', 'Lot', 'Lot No.', 'Lot number'] },
  { key: 'manufactured', zh: '生产日期', en: 'Manufactured', type: 'datetime', synonyms: ['制造日期', 'Production date', 'Manufacture date', 'Date of manufacture', 'Mfg date'] },
  { key: 'arrived', zh: '到货日期', en: 'Arrived', type: 'datetime', synonyms: ['到货时间', '收货日期', '收货时间', 'Arrival date', 'Delivery date', 'Delivered on'] },
  // Who resolved the complaint, kept when the 处理人 column changes later: the follow-up rating is
  // credited to this person. The add-in fills it when a resolution time is entered.
  { key: 'resolvedBy', zh: '办结人', en: 'Resolved by', type: 'text', synonyms: ['结案人', '解决人', '办结处理人', 'Closed by', 'Resolver'] },
  // Whether the customer's suggestion was adopted (建议采纳率, 001 员工考核客诉管理制度); empty: no suggestion.
  { key: 'suggestionAdopted', zh: '建议是否采纳', en: 'Suggestion adopted', type: 'bool', synonyms: ['建议采纳', '是否采纳', '采纳建议', 'Suggestion accepted', 'Adopted'] },
  // 000: a general complaint is resolved "within the time promised" (承诺办结时间); 004: one that cannot
  // be answered in time is explained and given a date (延期至, with its 延期原因).
  {
    key: 'promised',
    zh: '承诺办结时间',
    en: 'Promised by',
    type: 'datetime',
    synonyms: ['承诺时间', '承诺完成时间', '承诺解决时间', '承诺办结日期', '承诺日期', 'Promised', 'Promised at', 'Promised date', 'Committed date'],
  },
  { key: 'extendedTo', zh: '延期至', en: 'Extended to', type: 'datetime', synonyms: ['延期时间', '延期日期', '延期后时限', '延期办结时间', 'New due date', 'Extended due date', 'Extension date'] },
  { key: 'extensionReason', zh: '延期原因', en: 'Extension reason', type: 'text', synonyms: ['延期说明', '延期理由', 'Reason for extension', 'Extension note'] },
  // 004 4.4.3: "无法在24小时内答复的,需在24小时内向客户说明情况,并给予客户明确解决时间": when the customer was told.
  {
    key: 'extensionExplained',
    zh: '延期说明时间',
    en: 'Extension explained',
    type: 'datetime',
    synonyms: ['延期申请时间', '延期告知时间', '延期通知时间', '说明情况时间', '告知客户时间', 'Extension explained at', 'Extension requested at', 'Customer informed at'],
  },
  // Pauses as periods (issue 13): the clock stops during each, in the clock's own unit.
  { key: 'pauses', zh: '暂停期间', en: 'Pause periods', type: 'periods', synonyms: ['暂停时段', '暂停记录', '挂起时段', '等待客户时段', 'Pauses', 'Paused periods', 'On-hold periods'] },
  { key: 'pauseStart', zh: '暂停开始', en: 'Pause start', type: 'datetime', synonyms: ['暂停开始时间', '挂起时间', 'Paused from', 'On hold from'] },
  { key: 'pauseEnd', zh: '暂停结束', en: 'Pause end', type: 'datetime', synonyms: ['暂停结束时间', '恢复时间', 'Paused until', 'Resumed at'] },
  // 000: "If the customer is not satisfied at the follow-up, the complaint is reopened and handled again."
  { key: 'reopened', zh: '重新处理时间', en: 'Reopened', type: 'datetime', synonyms: ['重新处理', '重开时间', '重新打开时间', '重新受理时间', 'Reopened at', 'Reopened on'] },
  { key: 'reresolved', zh: '再次办结时间', en: 'Resolved again', type: 'datetime', synonyms: ['重新办结时间', '二次办结时间', '再次结案时间', 'Re-resolved', 'Re-resolved at'] },
  // 001: "An appeal (申诉) by a department that thinks the complaint is not its own must come within 1 working day."
  { key: 'appealed', zh: '申诉时间', en: 'Appealed', type: 'datetime', synonyms: ['申诉日期', '部门申诉时间', 'Appealed at', 'Appeal date'] },
  { key: 'appealResult', zh: '申诉结果', en: 'Appeal result', type: 'text', synonyms: ['申诉是否成立', '申诉处理结果', 'Appeal outcome', 'Appeal decision'] },
  { key: 'transferredTo', zh: '改派部门', en: 'Transferred to', type: 'text', synonyms: ['改派至', '转派部门', '重新派单部门', 'Reassigned to', 'New department'] },
  { key: 'transferredAt', zh: '改派时间', en: 'Transferred at', type: 'datetime', synonyms: ['转派时间', '重新派单时间', 'Reassigned at', 'Transfer date'] },
];

export const FIELD_KEYS: readonly FieldKey[] = FIELDS.map((f) => f.key);

export const FIELD_BY_KEY: Readonly<Record<FieldKey, FieldDef>> = Object.fromEntries(
  FIELDS.map((f) => [f.key, f]),
) as Record<FieldKey, FieldDef>;

export const REQUIRED_FIELDS: readonly FieldKey[] = FIELDS.filter((f) => f.required).map((f) => f.key);
