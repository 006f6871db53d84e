/**
 * China's 34 provincial-level divisions (GB/T 2260) as an equal-area tile grid: one square per division, placed
 * so that neighbours stay neighbours where a square grid allows (after the row-by-latitude arrangement common in
 * Chinese news graphics). A tile grid, not a boundary map: every division weighs the same, small ones stay
 * legible, and no border is drawn (see shared/GUIDE.md on maps of China).
 *
 *        0       1       2       3       4       5       6       7
 *   0                                                          黑龙江
 *   1                                  内蒙古   北京    辽宁    吉林
 *   2  新疆    甘肃    宁夏    山西    河北    天津
 *   3  西藏    青海    陕西    河南    山东
 *   4          四川    重庆    湖北    安徽    江苏    上海
 *   5          云南    贵州    湖南    江西    浙江
 *   6                  广西    广东    福建    台湾
 *   7                  海南    澳门    香港
 */

export interface ProvinceTile {
  /** First two digits of the GB/T 2260 code (11 北京 … 82 澳门). */
  code: string;
  /** Short Chinese name, as on tile maps (内蒙古 for 内蒙古自治区). */
  zh: string;
  /** English name. */
  en: string;
  col: number;
  row: number;
}

export const CHINA_TILES: readonly ProvinceTile[] = [
  { code: '23', zh: '黑龙江', en: 'Heilongjiang', col: 7, row: 0 },
  { code: '15', zh: '内蒙古', en: 'Inner Mongolia', col: 4, row: 1 },
  { code: '11', zh: '北京', en: 'Beijing', col: 5, row: 1 },
  { code: '21', zh: '辽宁', en: 'Liaoning', col: 6, row: 1 },
  { code: '22', zh: '吉林', en: 'Jilin', col: 7, row: 1 },
  { code: '65', zh: '新疆', en: 'Xinjiang', col: 0, row: 2 },
  { code: '62', zh: '甘肃', en: 'Gansu', col: 1, row: 2 },
  { code: '64', zh: '宁夏', en: 'Ningxia', col: 2, row: 2 },
  { code: '14', zh: '山西', en: 'Shanxi', col: 3, row: 2 },
  { code: '13', zh: '河北', en: 'Hebei', col: 4, row: 2 },
  { code: '12', zh: '天津', en: 'Tianjin', col: 5, row: 2 },
  { code: '54', zh: '西藏', en: 'Xizang', col: 0, row: 3 },
  { code: '63', zh: '青海', en: 'Qinghai', col: 1, row: 3 },
  { code: '61', zh: '陕西', en: 'Shaanxi', col: 2, row: 3 },
  { code: '41', zh: '河南', en: 'Henan', col: 3, row: 3 },
  { code: '37', zh: '山东', en: 'Shandong', col: 4, row: 3 },
  { code: '51', zh: '四川', en: 'Sichuan', col: 1, row: 4 },
  { code: '50', zh: '重庆', en: 'Chongqing', col: 2, row: 4 },
  { code: '42', zh: '湖北', en: 'Hubei', col: 3, row: 4 },
  { code: '34', zh: '安徽', en: 'Anhui', col: 4, row: 4 },
  { code: '32', zh: '江苏', en: 'Jiangsu', col: 5, row: 4 },
  { code: '31', zh: '上海', en: 'Shanghai', col: 6, row: 4 },
  { code: '53', zh: '云南', en: 'Yunnan', col: 1, row: 5 },
  { code: '52', zh: '贵州', en: 'Guizhou', col: 2, row: 5 },
  { code: '43', zh: '湖南', en: 'Hunan', col: 3, row: 5 },
  { code: '36', zh: '江西', en: 'Jiangxi', col: 4, row: 5 },
  { code: '33', zh: '浙江', en: 'Zhejiang', col: 5, row: 5 },
  { code: '45', zh: '广西', en: 'Guangxi', col: 2, row: 6 },
  { code: '44', zh: '广东', en: 'Guangdong', col: 3, row: 6 },
  { code: '35', zh: '福建', en: 'Fujian', col: 4, row: 6 },
  { code: '71', zh: '台湾', en: 'Taiwan', col: 5, row: 6 },
  { code: '46', zh: '海南', en: 'Hainan', col: 2, row: 7 },
  { code: '82', zh: '澳门', en: 'Macao', col: 3, row: 7 },
  { code: '81', zh: '香港', en: 'Hong Kong', col: 4, row: 7 },
];
