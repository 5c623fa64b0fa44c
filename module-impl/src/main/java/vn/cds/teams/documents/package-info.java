/** Official documents: who issues and signs them, and the register that numbers them (Decree 30/2020). */
package vn.cds.teams.documents;
