// zh-CN first; English when the Teams locale is English (the page's words only: names and titles are the record's).
const zh = {
  title: '会议档案', group: '党组', year: '年度', loading: '正在加载…', noGroup: '你不在任何党组的名单中。',
  signIn: '无法登录（Teams 单点登录失败）。', denied: '你无权查看该党组的记录。', failed: '加载失败，请稍后重试。',
  tabs: { year: '本年度', meetings: '会议', attendance: '出勤', decisions: '督办台账', exports: '导出' },
  kinds: { PartyGroupMeeting: '党组会议', StudyGroup: '理论学习中心组学习', DemocraticLifeMeeting: '民主生活会', seminar: '专题研讨' },
  status: { Met: '已召开', Missing: '缺', Open: '待召开', NotAsked: '—' },
  month: m => `${m}月`, months: '月份', held: '召开次数', asked: '要求',
  yearCaption: '每月会议召开情况（PD1：党组会议每月一次；理论学习中心组每月一次；专题研讨每两月一次）',
  missingMonths: k => `缺会月份（${k}）：`, list: '、', none: '无',
  dl: '民主生活会（DL1 每年一次）', dlHeld: d => `已于 ${d} 召开`, dlReport: d => `报告和记录报送期限：${d}（DL6，会后 15 日内）`,
  meetingCols: ['日期', '类别', '主持人', '出席', '请假', '缺席', '议题及结果', '纪要'],
  confidential: '涉密议题', outcomes: { Passed: '通过', Failed: '未通过', Deferred: '暂缓', NoQuorum: '未达法定人数' },
  notVoted: '未表决', votes: (y, n, a) => `赞成 ${y}，反对 ${n}，弃权 ${a}`,
  minutes: '纪要（Word）', unsigned: '未签发', check: h => `记录校验值 ${h}`, intact: '记录完整 [MN1]', broken: '记录与校验值不符 [MN1]',
  attendanceCols: ['姓名', '出席', '请假', '缺席', '出勤率'], attendanceChart: '每人出席、请假、缺席次数',
  attendedLabel: '出席', leaveLabel: '请假', absentLabel: '缺席',
  decisionCols: ['督办事项', '责任人', '完成时限', '最新进展', '状态'], overdue: '已逾期', done: '已办结', inProgress: '办理中', noDecisions: '没有需要你督办的事项。',
  register: y => `${y}年度党组会议记录汇编（Word）`, decisionsXlsx: '督办台账（Excel）', exportHint: '导出内容不含涉密议题 [MN6]。',
};
const en = {
  title: 'Meeting records', group: 'Party group', year: 'Year', loading: 'Loading…', noGroup: 'You are not on any party group\'s roster.',
  signIn: 'Could not sign in (Teams single sign-on failed).', denied: 'You may not see this group\'s record.', failed: 'Could not load; please try again.',
  tabs: { year: 'This year', meetings: 'Meetings', attendance: 'Attendance', decisions: 'Decisions', exports: 'Exports' },
  kinds: { PartyGroupMeeting: 'Party group meeting', StudyGroup: 'Study session', DemocraticLifeMeeting: 'Democratic life meeting', seminar: 'Seminar' },
  status: { Met: 'Held', Missing: 'Missing', Open: 'Due', NotAsked: '—' },
  month: m => ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1], months: 'Month', held: 'Held', asked: 'Asked',
  yearCaption: 'Meetings held each month (PD1: a party group meeting and a study session monthly; a seminar every two months)',
  missingMonths: k => `Months missing a ${k.toLowerCase()}: `, list: ', ', none: 'none',
  dl: 'Democratic life meeting (DL1, yearly)', dlHeld: d => `Held on ${d}`, dlReport: d => `Report and record due by ${d} (DL6, within 15 days)`,
  meetingCols: ['Date', 'Kind', 'Chair', 'Present', 'On leave', 'Absent', 'Items and results', 'Minutes'],
  confidential: 'Confidential item (涉密议题)', outcomes: { Passed: 'Passed', Failed: 'Failed', Deferred: 'Deferred', NoQuorum: 'No quorum' },
  notVoted: 'Not voted', votes: (y, n, a) => `yes ${y}, no ${n}, abstain ${a}`,
  minutes: 'Minutes (Word)', unsigned: 'Not signed', check: h => `Record check ${h}`, intact: 'Record intact [MN1]', broken: 'Record does not match [MN1]',
  attendanceCols: ['Name', 'Present', 'On leave', 'Absent', 'Rate'], attendanceChart: 'Meetings attended, on leave and absent per member',
  attendedLabel: 'Present', leaveLabel: 'On leave', absentLabel: 'Absent',
  decisionCols: ['Decision', 'Owner', 'Due', 'Latest progress', 'Status'], overdue: 'Overdue', done: 'Done', inProgress: 'In progress', noDecisions: 'No decisions for you to follow up.',
  register: y => `Register of ${y} meetings (Word)`, decisionsXlsx: 'Decisions ledger (Excel)', exportHint: 'Exports leave out confidential items [MN6].',
};

export function words(locale) {
  return (locale || '').toLowerCase().startsWith('en') ? en : zh;
}
