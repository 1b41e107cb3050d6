// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkboxByLabel, selectedByLook } from '../../../src/venues/kit/controls';
import { inputByLabel, labelledValues, readLabelled } from '../../../src/venues/kit/labels';
import { findByText } from '../../../src/venues/kit/search';
import { firstVisible, forgetLookups, isVisible, rememberLookups, withVisibilityCache } from '../../../src/venues/kit/visibility';

const $ = (sel: string) => document.querySelector(sel)!;

describe('isVisible (no layout in happy-dom: attributes and computed styles decide)', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <style>.gone { display: none } .ghost { visibility: hidden }</style>
      <div id="shown"><span id="a">a</span></div>
      <div hidden><span id="b">b</span></div>
      <div style="display:none"><div><span id="c">c</span></div></div>
      <div class="gone"><span id="d">d</span></div>
      <div class="ghost"><span id="e">e</span></div>
      <div aria-hidden="true"><span id="f">f</span></div>
      <div aria-hidden="true" data-aria-hidden="true"><span id="g">g</span></div>
      <div inert><span id="h">h</span></div>
      <input id="i" type="hidden">`;
  });

  it.each([
    ['#a', true],
    ['#b', false],
    ['#c', false],
    ['#d', false],
    ['#e', false],
    ['#f', false],
    ['#g', true], // aria-hidden set by a modal library on the app behind a dialog
    ['#h', false],
    ['#i', false],
  ])('%s → %s', (sel, expected) => {
    expect(isVisible($(sel))).toBe(expected);
  });

  it('a detached element is not visible', () => {
    expect(isVisible(document.createElement('div'))).toBe(false);
  });
});

describe('finding things by selectors and labels', () => {
  it('firstVisible says which alternative selector matched, skipping hidden matches', () => {
    document.body.innerHTML = '<input id="unitAmount-1" style="display:none"><input name="unitAmount"><input id="unitAmount-2">';
    const m = firstVisible(document, ['input[id^="unitAmount-"]', 'input[name="unitAmount" i]'])!;
    expect(m.selector).toBe('input[id^="unitAmount-"]');
    expect(m.el.id).toBe('unitAmount-2');
  });

  it('findByText matches whole texts, any case and spacing, innermost element first', () => {
    document.body.innerHTML = '<button><span> Buy /  Long </span></button><div>Buy / Long now</div><p hidden>Buy/Long</p>';
    expect(findByText(document, ['Buy/Long']).map((e) => e.tagName)).toEqual(['SPAN']);
    expect(findByText(document, ['buy / long'], 'button').map((e) => e.tagName)).toEqual(['BUTTON']);
  });

  it('readLabelled finds the value beside a label, and refuses two different values', () => {
    document.body.innerHTML = '<div><span>Avbl</span><span>1,234.56 USDT</span><svg></svg></div>';
    const hit = readLabelled(document, ['Avbl']);
    expect(hit !== null && hit !== 'ambiguous' && hit.text).toBe('1,234.56 USDT');
    document.body.insertAdjacentHTML('beforeend', '<div><span>Avbl</span><span>5 USDT</span></div>');
    expect(readLabelled(document, ['Avbl'])).toBe('ambiguous');
  });

  it('inputByLabel: aria-label, <label for>, placeholder, wrapping label, text beside (small box only)', () => {
    document.body.innerHTML = `
      <input aria-label="Size" id="x1">
      <label for="x2">Price</label><input id="x2">
      <input placeholder="Stop Loss" id="x3">
      <label>Take Profit <input id="x4"></label>
      <div><div>Gain</div><input id="x5"><span>%</span></div>
      <div><div>Loss</div><div>lots of other text here that is not part of a small input box</div><input id="x6"></div>`;
    expect(inputByLabel(document, ['Size'])!.el.id).toBe('x1');
    expect(inputByLabel(document, ['Price'])!.el.id).toBe('x2');
    expect(inputByLabel(document, ['Stop Loss'])!.el.id).toBe('x3');
    expect(inputByLabel(document, ['Take Profit'])!.el.id).toBe('x4');
    expect(inputByLabel(document, ['Gain'])!.el.id).toBe('x5');
    expect(inputByLabel(document, ['Loss'])).toBeNull();
  });

  it('checkboxByLabel finds the box of its own label, not a neighbour’s', () => {
    document.body.innerHTML = `
      <div class="row"><div><input type="checkbox" id="r"><span>Reduce Only</span></div><div><input type="checkbox" id="t" checked><span>TP/SL</span></div></div>`;
    expect(checkboxByLabel(document, ['TP/SL'])).toMatchObject({ checked: true, label: 'TP/SL' });
    expect((checkboxByLabel(document, ['Reduce Only'])!.el as HTMLElement).id).toBe('r');
  });

  it('selectedByLook: ARIA first, then the only filled one, then the only different one of three', () => {
    document.body.innerHTML = `
      <style>.on { background-color: rgb(80, 210, 193) } .off { background-color: transparent } .u { border-bottom: 1px solid rgb(1, 2, 3) }</style>
      <div id="t1"><div class="on">A</div><div class="off">B</div></div>
      <div id="t2"><div class="on">A</div><div class="on">B</div></div>
      <div id="t3"><div>A</div><div class="u">B</div><div>C</div></div>
      <div id="t4"><div class="on" aria-selected="false">A</div><div aria-selected="true">B</div></div>`;
    const kids = (id: string) => Array.from($(id).children);
    expect(selectedByLook(kids('#t1'))).toEqual({ index: 0, rule: 'the only one with a background' });
    expect(selectedByLook(kids('#t2'))).toBeNull();
    expect(selectedByLook(kids('#t3'))).toEqual({ index: 1, rule: 'the only one styled differently' });
    expect(selectedByLook(kids('#t4'))).toEqual({ index: 1, rule: 'aria/data-state' });
  });
});

describe('lookups remembered between readings (the content script’s mode)', () => {
  beforeEach(() => {
    document.body.innerHTML = '<header><span>Mark</span><span id="m">64,000.0</span></header><div id="t"></div>';
    rememberLookups(true);
  });
  afterEach(() => rememberLookups(false));

  const mark = () => labelledValues(document, ['Mark']).map((h) => h.text);

  it('a ticking value is read fresh on every reading, with nothing forgotten', () => {
    expect(mark()).toEqual(['64,000.0']);
    document.getElementById('m')!.textContent = '64,012.5';
    expect(mark()).toEqual(['64,012.5']);
  });

  it('a replaced value element is found again, not read from the detached one', () => {
    expect(mark()).toEqual(['64,000.0']);
    document.querySelector('header')!.innerHTML = '<span>Mark</span><span>63,990.0</span>';
    expect(mark()).toEqual(['63,990.0']);
  });

  it('a label whose text changed in place is not read as the old label', () => {
    expect(mark()).toEqual(['64,000.0']);
    document.querySelector('header span')!.textContent = 'Index';
    expect(mark()).toEqual([]);
  });

  it('a second figure appearing elsewhere is seen once lookups are forgotten (as the guard does on structural changes and every search tick)', () => {
    expect(mark()).toEqual(['64,000.0']);
    document.getElementById('t')!.innerHTML = '<div><span>Mark</span><span>1.0</span></div>';
    forgetLookups();
    expect(mark()).toEqual(['64,000.0', '1.0']);
  });

  it('visibility is remembered until forgotten', () => {
    const el = document.getElementById('m')!;
    expect(withVisibilityCache(() => isVisible(el))).toBe(true);
    el.setAttribute('hidden', '');
    forgetLookups();
    expect(withVisibilityCache(() => isVisible(el))).toBe(false);
  });
});

describe('a checkbox by its label', () => {
  it('is the label’s own box, never a neighbouring option’s when its own became a custom toggle', () => {
    document.body.innerHTML =
      '<div class="row"><label><input type="checkbox" checked> Reduce-Only</label><div class="opt"><span>TP/SL</span><div class="toggle"></div></div></div>';
    expect(checkboxByLabel(document.body, ['TP/SL'])).toBeNull();
    expect(checkboxByLabel(document.body, ['Reduce-Only'])?.checked).toBe(true);
  });
});
