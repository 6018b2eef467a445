import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '$lib/playbook/parse';
import type { Playbook } from '$lib/playbook/types';
import { EVENT_SCHEMA_VERSION as v } from '$lib/session/events';
import { describeEvent } from './describe-event';

const SOURCE = `---
id: d
title: 描述测试
locale: zh-CN
version: 1
offer: 预测性维护
---

# 需求
- 减少非计划停机 {#downtime}

# 难点问题
- 产线多久会意外停一次？ {#stops}
  - 需求: downtime

# 证明能力
## 磨损预警 {#wear}
- 特征: 每台电机每分钟上报振动数据。
- 优点: 可以在故障前更换零件。
- 利益: 您说一次停机要损失一周的加急订单利润，预警让维修排在换班之间。
- 满足: downtime

# 承诺
## 推进
- 演示: 用贵厂产线数据做一次演示 {#demo}
`;

function playbook(): Playbook {
	const { playbook } = parsePlaybook(SOURCE);
	if (!playbook) throw new Error('fixture did not parse');
	return playbook;
}

describe('describeEvent', () => {
	it('shows a playbook question in the playbook’s language', () => {
		const line = describeEvent(
			{ v, at: 1, type: 'question.ask', questionId: 'stops', spinType: 'problem' },
			playbook()
		);
		expect(line).toEqual({
			who: 'rep',
			label: 'Problem question',
			detail: '产线多久会意外停一次？',
			detailLang: 'zh-CN'
		});
	});

	it('prefers what the rep typed, with no language claimed for it', () => {
		const line = describeEvent(
			{ v, at: 1, type: 'question.ask', text: 'How old are the motors?', spinType: 'situation' },
			playbook()
		);
		expect(line.detail).toBe('How old are the motors?');
		expect(line.detailLang).toBeUndefined();
	});

	it('looks up needs, card parts and advances by id', () => {
		const pb = playbook();
		expect(
			describeEvent({ v, at: 1, type: 'need.confirm', needId: 'downtime', level: 'explicit' }, pb)
		).toMatchObject({ label: 'Need confirmed (explicit)', detail: '减少非计划停机' });
		expect(
			describeEvent({ v, at: 1, type: 'benefit.state', cardId: 'wear', needIds: ['downtime'] }, pb)
				.detail
		).toMatch(/^您说一次停机/);
		expect(
			describeEvent(
				{ v, at: 1, type: 'advance.propose', advance: { kind: 'demo', advanceId: 'demo' } },
				pb
			)
		).toMatchObject({ detail: '用贵厂产线数据做一次演示', detailLang: 'zh-CN' });
	});

	it('keeps markup in free text as plain data', () => {
		const line = describeEvent(
			{ v, at: 1, type: 'note.add', text: '<img src=x onerror=alert(1)>' },
			null
		);
		expect(line.detail).toBe('<img src=x onerror=alert(1)>');
	});

	it('still describes events when the playbook text is gone', () => {
		expect(
			describeEvent({ v, at: 1, type: 'need.confirm', needId: 'downtime', level: 'implied' }, null)
				.detail
		).toBe('downtime');
		expect(describeEvent({ v, at: 1, type: 'call.end', outcome: 'noSale' }, null)).toEqual({
			who: 'rep',
			label: 'Call ended: No-sale'
		});
		expect(
			describeEvent({ v, at: 1, type: 'buyer.say', text: '', code: 'buyer.never-heard' }, null)
				.detail
		).toBe('buyer.never-heard');
	});
});
