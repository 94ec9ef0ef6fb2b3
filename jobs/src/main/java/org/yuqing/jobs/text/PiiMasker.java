package org.yuqing.jobs.text;

/**
 * Masks personal data of private persons before a document is stored: names given after cues such as 我叫, 本人,
 * 姓名： or 联系人; identity card, bank card, passport and Hong Kong/Macao/Taiwan permit numbers; mobile and
 * landline numbers; e-mail addresses; licence plates; and the house, building, unit and room numbers of home
 * addresses. Every masked character becomes {@code *}, as the portals themselves do, and the text keeps its length;
 * what says what the datum was stays so that the text still reads: a name's surname (我叫曹**), an e-mail's
 * domain, a plate's province and city letter (京A·*****), a passport's letter (E********), an address's road and
 * unit words (…路**号*栋***).
 *
 * <p>What must survive: public bodies' phone numbers and addresses (12345, 市人社局咨询电话0731-12345678,
 * 办事大厅地址：…路88号), document numbers (国办发〔2019〕54号), dates, amounts, message and order numbers (a number
 * right after 编号, 单号, 文号 ... is never masked), officials named by their title (联系人：王科长).
 *
 * <p>It runs on every document of the stream: the patterns are compiled once, and one pass over the characters
 * decides which detectors can find anything at all, so that most texts (no long number, no plate, no address
 * word) cost one scan and no copy.
 */
public final class PiiMasker {

    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        MaskedText masked = new MaskedText(text);
        Features features = Features.of(masked.folded);
        if (features.at) {
            ContactDetails.maskEmails(masked);
        }
        if (features.longestNumber >= 7) {
            IdentityNumbers.mask(masked);
            ContactDetails.maskPhones(masked);
        }
        if (features.letterBesideDigit) {
            IdentityNumbers.maskTravelDocuments(masked);
            VehiclePlates.mask(masked);
        }
        if (features.addressWord) {
            HomeAddresses.mask(masked);
        }
        PersonNames.mask(masked);
        return masked.result();
    }

    /** What one scan of the folded text tells about which detectors can find anything. */
    private record Features(boolean at, int longestNumber, boolean letterBesideDigit, boolean addressWord) {

        static Features of(String text) {
            boolean at = false;
            boolean letterBesideDigit = false;
            boolean addressWord = false;
            int longest = 0;
            int current = 0;
            int lastLetter = -10;
            int dashes = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    // 小区11-4-503, 公寓2613: a number right after a place name may be a door
                    addressWord |= current == 0 && i > 0 && HomeAddresses.endsPlaceName(text.charAt(i > 1 && text.charAt(i - 1) == ' ' ? i - 2 : i - 1));
                    longest = Math.max(longest, ++current);
                    // 京A12345, 沪A-12345, 粤B·D12345, E12345678
                    letterBesideDigit |= i - lastLetter <= 2;
                    continue;
                }
                if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '+') {
                    current = 0;
                    dashes = 0;
                } else if (c == '-' && current > 0 && ++dashes == 2) {
                    addressWord = true; // 27-3-102: building, unit and room after any estate name
                }
                if (isLetter(c)) {
                    lastLetter = i;
                } else if (c == '@') {
                    at = true;
                } else if (isAddressWord(c)) {
                    addressWord = true;
                }
            }
            return new Features(at, longest, letterBesideDigit, addressWord);
        }

        private static boolean isAddressWord(char c) {
            return switch (c) {
                case '号', '栋', '幢', '座', '单', '室', '组', '弄', '楼', '层', '户', '队', '门' -> true;
                default -> false;
            };
        }

        private static boolean isLetter(char c) {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }
    }
}
