/**
 * Entries of opencc's phrase table that contradict its own shorter entries,
 * corrected; applied before opencc's tables wherever Simplified is converted
 * to Traditional (build and browser alike). Each was found in the built
 * sample archive; add one with a test sentence in tests/site/one-to-many.ts.
 *
 * - 中俄关系: STPhrases gives 中俄關系, though 关系 → 關係 everywhere else (中日關係, 兩國關係).
 * - 电视总台: STPhrases' 总台 → 總檯 (a front desk) makes 中央广播电视总台 a desk; a broadcaster is 總臺.
 */
export const CORRECTIONS = '中俄关系 中俄關係|电视总台 電視總臺';
