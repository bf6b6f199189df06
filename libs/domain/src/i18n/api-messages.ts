/**
 * What the API itself tells a caller (problem `detail`s that do not come from a procedure's rules),
 * and the messages of the common validation constraints (`validation.*`, keyed by constraint name).
 */
export const API_MESSAGES = {
  /** Text that exists in one language only (a dynamic message without a catalog entry). */
  'api.verbatim': { zh: '{text}', en: '{text}' },
  'api.internal_error': {
    zh: '服务器未能完成请求；报告问题时请提供 requestId。',
    en: 'The server could not complete the request; quote the requestId when reporting it.',
  },
  'api.fields_invalid': {
    zh: '一个或多个字段无效，详见 errors。',
    en: 'One or more fields are invalid; see errors.',
  },
  'api.agency_unregistered': { zh: '您所在的机关尚未登记。', en: 'Your agency is not registered.' },
  'api.unknown_officers': {
    zh: '执法人员不存在或已停用：{usernames}。',
    en: 'Unknown or inactive officer: {usernames}.',
  },
  'api.case_closed': { zh: '案件 {id} 已结案。', en: 'Case {id} is closed.' },
  'api.record_closed': { zh: '{kind} {id} 已结束。', en: 'The {kind} {id} is closed.' },
  'api.case_not_found': { zh: '您的管辖范围内没有案件 {id}。', en: 'No case {id} in your jurisdiction.' },
  'api.record_not_found': {
    zh: '您的管辖范围内没有{kind} {id}。',
    en: 'No {kind} {id} in your jurisdiction.',
  },
  'api.audit_not_found': {
    zh: '您的管辖范围内没有案件 {id} 的记录。',
    en: 'No record of case {id} in your jurisdiction.',
  },
  'api.no_access_rule': { zh: '该接口未声明访问规则。', en: 'This endpoint declares no access rule.' },
  'api.send_token': {
    zh: '请携带 Bearer 令牌（POST /auth/login 获取）。',
    en: 'Send a bearer token (POST /auth/login).',
  },
  'api.token_no_active_user': { zh: '令牌对应的用户不存在或已停用。', en: 'The token names no active user.' },
  'api.token_invalid': {
    zh: 'Bearer 令牌缺失、无效或已过期。',
    en: 'The bearer token is missing, invalid or expired.',
  },
  'api.token_no_user': {
    zh: '令牌未指明用户（preferred_username）。',
    en: 'The token names no user (preferred_username).',
  },
  'api.only_roles': { zh: '只有{roles}可以办理此操作。', en: 'Only {roles} may do this.' },
  'api.use_identity_provider': {
    zh: '请通过统一身份认证登录。',
    en: 'Sign in through the identity provider.',
  },
  'api.use_identity_provider_oidc': {
    zh: '请通过统一身份认证登录（AUTH_MODE=oidc）。',
    en: 'Sign in through the identity provider (AUTH_MODE=oidc).',
  },
  'api.idempotency_key_format': {
    zh: '请使用 8–200 个字符，仅限 A–Z a–z 0–9 _ . : -。',
    en: 'Use 8–200 characters of A–Z a–z 0–9 _ . : -.',
  },
  'api.idempotency_key_reused': {
    zh: '该幂等键已用于另一个不同的请求。',
    en: 'This key was used for a different request.',
  },
  'api.rulebook_version_exists': {
    zh: '版本 {version} 或其生效日 {effectiveFrom} 已经发布。',
    en: 'Version {version} or its effective day {effectiveFrom} is already published.',
  },
  'api.penalty_unit_credit_code': {
    zh: '对单位的处罚须写明其统一社会信用代码。',
    en: 'A penalty on a unit names its unified social credit code.',
  },
  'api.handlers_officers': {
    zh: '承办人员须为本机关的执法人员。',
    en: 'Handlers are officers of your agency.',
  },
  'api.accident_reported_after': {
    zh: '事故报告时间须晚于事故发生时间。',
    en: 'An accident is reported after it occurred.',
  },
  'api.reported_at_future': {
    zh: '报告时间（reportedAt）不能晚于当前时间。',
    en: 'reportedAt cannot be in the future.',
  },
  'api.not_a_date': { zh: '{value} 不是有效的日期。', en: '{value} is not a calendar date.' },
  'api.rule_not_found': {
    zh: '规则版本 {version} 中没有规则 {ruleId}。',
    en: 'Rulebook {version} has no rule {ruleId}.',
  },
  'api.rule_not_a_clock': {
    zh: '{ruleId} 是金额，不是期限，没有届满日。',
    en: '{ruleId} is an amount, not a clock: it has no deadline.',
  },
  'api.period_year_missing': {
    zh: '期限延伸至 {year} 年，该年的工作日安排尚未导入；请管理员先导入。',
    en: 'The period reaches {year}, whose working-day arrangement is not loaded; an admin must load it first.',
  },
  'api.year_not_loaded': {
    zh: '{year} 年的工作日安排尚未导入。',
    en: 'No arrangement is loaded for {year}.',
  },
  'api.replan_not_found': {
    zh: '{year} 年的工作日安排按当前内容尚未触发重新计算期限（请重新导入该年）。',
    en: 'No re-plan has run for {year} as it is loaded now (load the year again).',
  },
  'api.calendar_missing_ask_admin': {
    zh: '{year} 年的工作日安排尚未导入：请管理员导入',
    en: 'the working-day arrangement for {year} is not loaded: ask an admin to load it',
  },
  'api.sandbox_busy': {
    zh: '上一次拨动时钟仍在进行中；可通过 GET /sandbox/clock 查看进度。',
    en: 'An earlier advance is still running; GET /sandbox/clock shows its progress.',
  },
  'api.sandbox_stalled': {
    zh: '测试服务器正在等待工作流或活动任务完成（worker 是否在运行？）。拨动会自行继续；可通过 GET /sandbox/clock 查看进度。如果时钟再也不动，请重启沙盒。',
    en: 'The test server is waiting for a workflow or activity task to complete (is the worker running?). The advance goes on by itself; GET /sandbox/clock shows its progress. If the clock never moves again, restart the sandbox.',
  },
  'api.sandbox_advance_not_found': {
    zh: '没有编号为 {id} 的时钟拨动（沙盒每次启动都从头开始）。',
    en: 'No clock advance {id} (every sandbox start begins afresh).',
  },
  'api.advance_not_duration': {
    zh: 'advance 须为 ISO-8601 时长',
    en: 'advance must be an ISO-8601 duration',
  },
  'api.advance_too_long': {
    zh: 'advance 最长为 5 年（P5Y）',
    en: 'advance must be at most 5 years (P5Y)',
  },
  'api.sandbox_server_silent': {
    zh: '时间跳跃测试服务器没有响应。',
    en: 'The time-skipping test server does not answer.',
  },
  'api.case_file_printer_unavailable': {
    zh: '案卷首页与卷内目录暂时无法打印，案卷未导出，请稍后重试。',
    en: 'The case file cover and contents cannot be printed now; nothing was exported. Try again later.',
  },
  'validation.whitelistValidation': { zh: '不允许出现字段 {field}', en: '{message}' },
  'validation.isString': { zh: '{field} 须为字符串', en: '{message}' },
  'validation.isLength': { zh: '{field} 的长度不符合要求（{limits} 个字符）', en: '{message}' },
  'validation.isInt': { zh: '{field} 须为整数', en: '{message}' },
  'validation.min': { zh: '{field} 不能小于 {limits}', en: '{message}' },
  'validation.max': { zh: '{field} 不能大于 {limits}', en: '{message}' },
  'validation.isBoolean': { zh: '{field} 须为布尔值（true 或 false）', en: '{message}' },
  'validation.isIn': { zh: '{field} 须为以下值之一：{limits}', en: '{message}' },
  'validation.arrayMinSize': { zh: '{field} 至少须有 {limits} 项', en: '{message}' },
  'validation.arrayMaxSize': { zh: '{field} 最多只能有 {limits} 项', en: '{message}' },
  'validation.isArray': { zh: '{field} 须为数组', en: '{message}' },
  'validation.nestedValidation': { zh: '{field} 须为对象或对象数组', en: '{message}' },
  'validation.isObject': { zh: '{field} 须为对象', en: '{message}' },
  'validation.matches': { zh: '{field} 的格式不正确', en: '{message}' },
  'validation.isNotEmpty': { zh: '{field} 不能为空', en: '{message}' },
  'validation.isDefined': { zh: '{field} 为必填项', en: '{message}' },
  'validation.serviceWitness': {
    zh: '留置送达须有见证人（witness）或留置过程照片、录像的 SHA-256 摘要（photoSha256）（民事诉讼法 第89条）',
    en: '{message}',
  },
  'validation.serviceEntrusted': { zh: '委托送达须写明受委托的机关（entrustedTo）', en: '{message}' },
  'validation.serviceReceipt': {
    zh: '邮寄送达须记录回执上的收件日期（receiptDate，YYYY-MM-DD）（民事诉讼法 第91条）',
    en: '{message}',
  },
  'validation.serviceConsent': {
    zh: '电子送达须经受送达人同意，并记录其确认（consent）（行政处罚法 第61条）',
    en: '{message}',
  },
  'validation.isCalendarDate': { zh: '{field} 须为 YYYY-MM-DD 格式的有效日期', en: '{message}' },
  'validation.isHourMinute': { zh: '{field} 须为“时:分”格式的北京时间（如 09:30）', en: '{message}' },
  // The check's own finding (which character is wrong) is in English only: quoted as it is.
  'validation.isCreditCode': { zh: '{field} 不是有效的统一社会信用代码（{message}）', en: '{message}' },
  'validation.isResidentId': {
    zh: '{field} 不是有效的居民身份证号码（须为 18 位，出生日期真实，末位校验码符合 GB 11643）',
    en: '{message}',
  },
  'validation.isPositiveIsoDuration': {
    zh: '{field} 须为正的 ISO 8601 时长（如 P10D、PT2H），且不超过 5 年',
    en: '{message}',
  },
} as const;
