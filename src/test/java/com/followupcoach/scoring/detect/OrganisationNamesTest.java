package com.followupcoach.scoring.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two names are one organisation when they share a distinctive word; a legal form or a word
 * that ends many organisations' names is not distinctive, so a letter that names "Barrow &
 * Finch LLP" under a subject line naming "Dunmore Legal LLP" is to the wrong organisation.
 */
class OrganisationNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dunmore Legal LLP | Barrow & Finch LLP",
        "Larkspur Communications | Northgate Communications",
        "Bluewater Solutions | Redstone Solutions Ltd",
        "Harper Law | Kingsley Law",
        "Meyer GmbH | Schmidt GmbH",
        "Atlas Partners | Beacon Partners",
        "Orion Media | Vega Media Group",
        "Jamii Trust Bank | Savanna Commercial Bank",
        "Northfield Hospital | St Anne's Hospital",
        "Dunmore Logistics | Harlow Logistics Ltd",
        "Kestrel University | Marlow College",
        "Northgate Housing Trust | Oakridge Trust",
        "Leeds City Council | Bradford Council"})
    void namesThatShareOnlyALegalFormOrAGenericWordAreTwoOrganisations(String a, String b) {
        assertThat(OrganisationNames.same(a, b)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dunmore Legal LLP | Dunmore",
        "Larkspur Communications | Larkspur",
        "Harlow Freight Ltd | the team at Harlow Freight",
        "Barrow & Finch LLP | Barrow and Finch",
        "St Luke's Hospice | St. Luke's",
        "Savanna Commercial Bank | Savanna Bank",
        "Northfield Hospital | the team at Northfield",
        "University of Leeds | Leeds University"})
    void namesThatShareADistinctiveWordAreOneOrganisation(String a, String b) {
        assertThat(OrganisationNames.same(a, b)).isTrue();
    }
}
