import { expect } from '@open-wc/testing';
import { initials } from './initials.js';

describe('initials', () => {
  it('takes up to two initials, skipping particles in any case', () => {
    expect(initials('Maison des Compétences')).to.equal('MC');
    expect(initials('Maison DES Compétences')).to.equal('MC');
    expect(initials("Chambre d'Agriculture du Cantal")).to.equal('CA');
    expect(initials('The Open Society and Friends')).to.equal('OS');
    expect(initials('marie-carreaud')).to.equal('MC');
    expect(initials('Delphine')).to.equal('D');
    expect(initials('Desbois Lemaire')).to.equal('DL');
  });
});
