package com.jaia.generator;

/**
 * Japanese names (with their romanisation) the synthetic company draws its people and vendors from.
 */
final class Names {

    static final String[][] SURNAMES = { { "佐藤", "Sato" }, { "鈴木", "Suzuki" }, { "高橋", "Takahashi" },
            { "田中", "Tanaka" }, { "伊藤", "Ito" }, { "渡辺", "Watanabe" }, { "山本", "Yamamoto" },
            { "中村", "Nakamura" }, { "小林", "Kobayashi" }, { "加藤", "Kato" }, { "吉田", "Yoshida" },
            { "山田", "Yamada" }, { "佐々木", "Sasaki" }, { "山口", "Yamaguchi" }, { "松本", "Matsumoto" },
            { "井上", "Inoue" }, { "木村", "Kimura" }, { "林", "Hayashi" }, { "斎藤", "Saito" }, { "清水", "Shimizu" } };

    static final String[][] GIVEN_NAMES = { { "太郎", "Taro" }, { "花子", "Hanako" }, { "健一", "Kenichi" },
            { "美咲", "Misaki" }, { "大輔", "Daisuke" }, { "直子", "Naoko" }, { "翔太", "Shota" }, { "由美", "Yumi" },
            { "拓也", "Takuya" }, { "恵", "Megumi" }, { "誠", "Makoto" }, { "陽子", "Yoko" }, { "浩二", "Koji" },
            { "明美", "Akemi" } };

    static final String[][] PLACES = { { "青山", "Aoyama" }, { "東都", "Toto" }, { "北斗", "Hokuto" },
            { "大和", "Yamato" }, { "富士", "Fuji" }, { "湘南", "Shonan" }, { "関西", "Kansai" }, { "中央", "Chuo" },
            { "日本橋", "Nihonbashi" }, { "港", "Minato" }, { "瀬戸", "Seto" }, { "桜", "Sakura" }, { "旭", "Asahi" },
            { "東海", "Tokai" }, { "九州", "Kyushu" }, { "みなと", "Minato Bay" } };

    static final String[][] TRADES = { { "商事", "Shoji" }, { "工業", "Industries" }, { "物産", "Bussan" },
            { "製作所", "Works" }, { "サービス", "Services" }, { "システムズ", "Systems" }, { "運輸", "Transport" },
            { "電機", "Electric" }, { "化成", "Chemical" }, { "食品", "Foods" }, { "建設", "Construction" },
            { "印刷", "Printing" } };

    private Names() {
    }

}
