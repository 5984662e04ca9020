-- assessment: versioned risk-tolerance questionnaires. A version is data: its questions (financial situation,
-- experience, objectives, horizon, loss tolerance), each option's score, the options that disqualify, and the score
-- bands that give the level. An assessment keeps the version it was taken with; a new version is a new row set.

create table questionnaire (
    version          int          primary key,
    title_en         varchar(200) not null,
    title_zh         varchar(200) not null,
    published_on     date         not null
);

create table questionnaire_question (
    version  int          not null references questionnaire (version),
    code     varchar(32)  not null,
    position int          not null,
    topic    varchar(32)  not null check (topic in ('FINANCIAL_SITUATION', 'EXPERIENCE', 'OBJECTIVES', 'HORIZON', 'LOSS_TOLERANCE')),
    text_en  varchar(500) not null,
    text_zh  varchar(500) not null,
    primary key (version, code),
    unique (version, position)
);

create table questionnaire_option (
    version       int          not null,
    question_code varchar(32)  not null,
    code          varchar(8)   not null,
    position      int          not null,
    text_en       varchar(500) not null,
    text_zh       varchar(500) not null,
    score         int          not null check (score >= 0),
    disqualifying boolean      not null default false,
    primary key (version, question_code, code),
    foreign key (version, question_code) references questionnaire_question (version, code)
);

create table questionnaire_band (
    version   int        not null references questionnaire (version),
    level     varchar(2) not null check (level in ('C1', 'C2', 'C3', 'C4', 'C5')),
    min_score int        not null,
    max_score int        not null,
    primary key (version, level),
    check (min_score <= max_score)
);

-- Version 1. Ten questions; the scores add up to 7..72 when no disqualifying option is chosen.
-- Bands: C1 0-20 (conservative), C2 21-35, C3 36-50, C4 51-62, C5 63-72 (aggressive).
-- FAILED, whatever the total, when any disqualifying option is chosen. They describe a customer who must not be
-- sold any wealth-management or investment product (ASSESS-2):
--   INCOME E    no income and no savings: the money is needed for daily living;
--   SOURCE C    the money is borrowed;
--   KNOWLEDGE A cannot judge whether a product is risky at all.
-- "I cannot accept any loss of principal" (LOSS A) scores 0 but does not disqualify: such a customer is
-- conservative (C1 at most, with the other answers usual for them), not barred.
insert into questionnaire (version, title_en, title_zh, published_on)
values (1, 'Personal investment risk tolerance assessment', '个人投资者风险承受能力评估问卷', date '2024-01-01');

insert into questionnaire_question (version, code, position, topic, text_en, text_zh) values
(1, 'INCOME',     1, 'FINANCIAL_SITUATION', 'What is your household''s main source of income?', '您家庭的主要收入来源是？'),
(1, 'ASSETS',     2, 'FINANCIAL_SITUATION', 'How much are your household''s financial assets (deposits, wealth-management products, funds, securities)?', '您家庭的金融资产（存款、理财产品、基金、证券等）约为多少？'),
(1, 'DEBT',       3, 'FINANCIAL_SITUATION', 'What share of your household''s annual income goes to repaying debts?', '您家庭每年用于偿还债务的支出占年收入的比例是？'),
(1, 'SOURCE',     4, 'FINANCIAL_SITUATION', 'The money you intend to invest is:', '您计划用于投资的资金是：'),
(1, 'EXPERIENCE', 5, 'EXPERIENCE', 'How long have you invested in products other than deposits and treasury bonds?', '您投资除存款、国债以外的金融产品有多长时间？'),
(1, 'PRODUCTS',   6, 'EXPERIENCE', 'Which are the riskiest products you have held?', '您曾持有的风险最高的产品是？'),
(1, 'KNOWLEDGE',  7, 'EXPERIENCE', 'How well do you understand investment products and their risks?', '您对投资产品及其风险的了解程度是？'),
(1, 'OBJECTIVE',  8, 'OBJECTIVES', 'What is your main goal for this money?', '您投资这笔资金的主要目标是？'),
(1, 'HORIZON',    9, 'HORIZON', 'How long can this money stay invested?', '这笔资金可以投资多长时间？'),
(1, 'LOSS',      10, 'LOSS_TOLERANCE', 'What is the largest loss on this money you could accept?', '您能承受这笔资金的最大亏损是多少？');

insert into questionnaire_option (version, question_code, code, position, text_en, text_zh, score, disqualifying) values
(1, 'INCOME', 'A', 1, 'A stable salary or business income', '工资、经营收入等稳定收入', 6, false),
(1, 'INCOME', 'B', 2, 'Investment or rental income', '投资收益或租金收入', 5, false),
(1, 'INCOME', 'C', 3, 'A pension or social security', '养老金或社会保障', 3, false),
(1, 'INCOME', 'D', 4, 'Irregular, occasional income', '不固定的临时收入', 1, false),
(1, 'INCOME', 'E', 5, 'No income and no savings: I need this money for daily living', '无收入也无积蓄，这笔钱要用于日常生活开支', 0, true),
(1, 'ASSETS', 'A', 1, 'Less than CNY 100,000', '10万元以下', 1, false),
(1, 'ASSETS', 'B', 2, 'CNY 100,000 to 500,000', '10万元至50万元', 3, false),
(1, 'ASSETS', 'C', 3, 'CNY 500,000 to 3,000,000', '50万元至300万元', 5, false),
(1, 'ASSETS', 'D', 4, 'More than CNY 3,000,000', '300万元以上', 7, false),
(1, 'DEBT', 'A', 1, 'None: we have no debts', '无债务', 5, false),
(1, 'DEBT', 'B', 2, 'Less than 30%', '30%以下', 4, false),
(1, 'DEBT', 'C', 3, '30% to 50%', '30%至50%', 2, false),
(1, 'DEBT', 'D', 4, 'More than 50%', '50%以上', 0, false),
(1, 'SOURCE', 'A', 1, 'My own savings or income, not needed in the near term', '近期不需动用的自有积蓄或收入', 4, false),
(1, 'SOURCE', 'B', 2, 'Money set aside for an expense within a year (tuition, medical care, a home)', '一年内有明确用途的资金（学费、医疗、购房等）', 1, false),
(1, 'SOURCE', 'C', 3, 'Borrowed money (loans, credit cards, private lending)', '借入的资金（贷款、信用卡、民间借贷等）', 0, true),
(1, 'EXPERIENCE', 'A', 1, 'Never', '没有投资经验', 0, false),
(1, 'EXPERIENCE', 'B', 2, 'Less than 2 years', '2年以下', 2, false),
(1, 'EXPERIENCE', 'C', 3, '2 to 5 years', '2年至5年', 4, false),
(1, 'EXPERIENCE', 'D', 4, '5 to 10 years', '5年至10年', 6, false),
(1, 'EXPERIENCE', 'E', 5, 'More than 10 years', '10年以上', 8, false),
(1, 'PRODUCTS', 'A', 1, 'Deposits and treasury bonds only', '仅存款、国债', 0, false),
(1, 'PRODUCTS', 'B', 2, 'Bank wealth-management products or bond funds', '银行理财产品、债券基金', 2, false),
(1, 'PRODUCTS', 'C', 3, 'Equity funds or stocks', '股票型基金、股票', 5, false),
(1, 'PRODUCTS', 'D', 4, 'Futures, options, structured or leveraged products', '期货、期权、结构性或杠杆类产品', 8, false),
(1, 'KNOWLEDGE', 'A', 1, 'Not at all: I cannot judge whether a product is risky', '完全不了解，无法判断产品是否有风险', 0, true),
(1, 'KNOWLEDGE', 'B', 2, 'A little: I need everything explained', '了解较少，需要详细解释', 2, false),
(1, 'KNOWLEDGE', 'C', 3, 'Well: I understand most products and their risks', '比较了解，理解大多数产品及其风险', 4, false),
(1, 'KNOWLEDGE', 'D', 4, 'Thoroughly: I work in or have studied finance', '非常了解，从事或学习过金融相关工作', 6, false),
(1, 'OBJECTIVE', 'A', 1, 'Keep the principal safe; a low return is fine', '保持本金安全，接受较低收益', 1, false),
(1, 'OBJECTIVE', 'B', 2, 'Steady growth with small fluctuations', '稳健增长，波动较小', 3, false),
(1, 'OBJECTIVE', 'C', 3, 'Higher growth; I accept noticeable fluctuations', '较高增长，可接受明显波动', 6, false),
(1, 'OBJECTIVE', 'D', 4, 'The highest return; I accept large fluctuations', '追求最高收益，可接受大幅波动', 9, false),
(1, 'HORIZON', 'A', 1, 'Less than 1 year', '1年以内', 1, false),
(1, 'HORIZON', 'B', 2, '1 to 3 years', '1年至3年', 3, false),
(1, 'HORIZON', 'C', 3, '3 to 5 years', '3年至5年', 5, false),
(1, 'HORIZON', 'D', 4, 'More than 5 years', '5年以上', 7, false),
(1, 'LOSS', 'A', 1, 'None: I cannot accept any loss of principal', '不能承受任何本金损失', 0, false),
(1, 'LOSS', 'B', 2, 'Up to 5%', '5%以内', 3, false),
(1, 'LOSS', 'C', 3, '5% to 20%', '5%至20%', 6, false),
(1, 'LOSS', 'D', 4, '20% to 50%', '20%至50%', 9, false),
(1, 'LOSS', 'E', 5, 'More than 50%', '50%以上', 12, false);

insert into questionnaire_band (version, level, min_score, max_score) values
(1, 'C1', 0, 20),
(1, 'C2', 21, 35),
(1, 'C3', 36, 50),
(1, 'C4', 51, 62),
(1, 'C5', 63, 72);
