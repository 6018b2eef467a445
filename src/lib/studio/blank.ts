// The text a new playbook starts from: every section present with one example item, so the
// trainer edits rather than remembers the format. The id is random so two new ones never clash.

const EN = `---
id: new-playbook-{suffix}
title: New playbook
locale: en
version: 1
offer: What you sell
---

# Opening

- Say who you are and why you asked for the meeting. {#intro}

# Needs

- A need the customer may have {#need-one}

# Situation

- A fact about the customer's business you need to know {#situation-one}

# Problem

- What is hard for them about it? {#problem-one}
  - Need: need-one

# Implication

- What does that problem lead to? {#implication-one}
  - Need: need-one

# Need-payoff

- What would solving it be worth to them? {#payoff-one}
  - Need: need-one

# Capability

## A capability {#card-one}

- Feature: What it is.
- Advantage: How it can help.
- Benefit: How it meets the need they stated.
- Meets: need-one

# Objections

## Price {#price}

- Answer: Compare the cost with what the problem costs them.

# Commitment

## Advances

- Demo: A demonstration on their own data {#demo}

## Question

- Shall we book the demonstration? {#ask-demo}

# Buyer

The person you meet, in two sentences.

## Replies

- problem-one: Yes, that happens more than we like.
  - Reveals: need-one
- payoff-one: It would be worth a lot.
  - States: need-one

## Raises

- price: That sounds expensive.
  - After: feature

## Accepts

- demo: Fine, let's see it.
  - When: need-one met
`;

const ZH = `---
id: new-playbook-{suffix}
title: 新手册
locale: zh-CN
version: 1
offer: 你们销售的产品或服务
---

# 开场

- 说明你是谁、为什么约这次会谈。 {#intro}

# 需求

- 客户可能有的一项需求 {#need-one}

# 背景问题

- 需要了解的一条客户业务事实 {#situation-one}

# 难点问题

- 这件事上他们有什么难处？ {#problem-one}
  - 需求：need-one

# 暗示问题

- 这个难点会带来什么后果？ {#implication-one}
  - 需求：need-one

# 需求效益问题

- 解决它对他们意味着什么？ {#payoff-one}
  - 需求：need-one

# 证明能力

## 一项能力 {#card-one}

- 特征：它是什么。
- 优点：它能怎样帮到客户。
- 利益：它怎样满足客户亲口说出的需求。
- 满足：need-one

# 异议

## 价格太高 {#price}

- 应答：把费用和这个难点造成的损失放在一起比较。

# 承诺

## 推进

- 演示：用客户自己的数据做一次演示 {#demo}

## 承诺问题

- 我们约个时间做演示，您看可以吗？ {#ask-demo}

# 买方

用两句话描述你要见的人。

## 回答

- problem-one：是的，这种事比我们希望的要多。
  - 透露：need-one
- payoff-one：那价值可不小。
  - 明确：need-one

## 异议

- price：听起来挺贵的。
  - 触发：特征

## 接受

- demo：行，看看吧。
  - 条件：need-one 满足
`;

/** A new playbook's text in `locale`, with a random id suffix. */
export function blankPlaybook(locale: string): string {
	const suffix = crypto.randomUUID().slice(0, 8);
	return (locale === 'zh-CN' ? ZH : EN).replace('{suffix}', suffix);
}
