/**
 * Names texts use for provinces besides GB/T 2260's own and short names: conventional literary names, which a
 * provincial text often prefers (绿色龙江, 美丽八闽). Only names that stand for one province are listed.
 */
export const PROVINCE_ALIASES: Record<string, string> = {
  龙江: '黑龙江省',
  八桂: '广西壮族自治区',
  三秦: '陕西省',
  齐鲁: '山东省',
  燕赵: '河北省',
  荆楚: '湖北省',
  三湘: '湖南省',
  潇湘: '湖南省',
  八闽: '福建省',
  三晋: '山西省',
  陇原: '甘肃省',
  天府: '四川省',
  内蒙: '内蒙古自治区',
  赣鄱: '江西省',
  八桂大地: '广西壮族自治区',
};

/** How much a mention counts towards a place: a full name most, a short name of a county least (and only corroborated). */
export const MENTION_WEIGHT = { full: 2, provinceShort: 1.5, alias: 1.5, prefectureShort: 1, countyShort: 0.5 } as const;
