/**
 * Short names: what a text calls a division when it drops the administrative suffix (临湘市 → 临湘, 黑龙江省 →
 * 黑龙江, 恩施土家族苗族自治州 → 恩施). One rule for the place lookup a curator runs and for the names proposals
 * look for in a text.
 */

/** China's 55 minority peoples as autonomous divisions name them (大通回族土族自治县, 伊犁哈萨克自治州). */
const PEOPLES = [
  '蒙古', '藏', '回', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎',
  '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉',
  '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔',
  '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
];
// A one-character people needs its 族 (回族); longer names may go without it (伊犁哈萨克自治州).
const PEOPLE = `(?:${PEOPLES.filter((p) => p.length > 1).join('|')})族?|(?:${PEOPLES.filter((p) => p.length === 1).join('|')})族`;
/**
 * Administrative suffixes, tried in order: ethnic autonomous names lose the peoples too (广西壮族自治区 → 广西), unless
 * that leaves too little (内蒙古自治区 → 内蒙古, not 内). Within one pattern the leftmost match wins, so 浦东新区 loses
 * 新区, not only 区.
 */
const SUFFIXES = [
  new RegExp(`(?:${PEOPLE})+(?:自治(?:区|州|县|旗)|乡)$`, 'u'),
  /(?:自治(?:区|州|县|旗)|特别行政区|街道办事处|办事处|民族乡|地区|林区|矿区|新区|街道|苏木|省|市|县|区|盟|旗|镇|乡)$/u,
];

/** A division's name without its administrative suffix, or null when it has none to drop (or only two characters would not remain). */
export function shortName(name: string): string | null {
  for (const suffix of SUFFIXES) {
    const short = name.replace(suffix, '');
    if (short !== name && [...short].length >= 2) return short;
  }
  return null;
}

/** The short name, or the name itself when it has none (赵县 stays 赵县). */
export function shortPlaceName(name: string): string {
  return shortName(name) ?? name;
}
